/**
 * Whether a new version of the site is waiting, for the prompt to show. Tiny on purpose: it is in
 * the entry chunk, while the service worker registration (register-service-worker.ts) loads later.
 */
type Listener = () => void;

export interface UpdateNotice {
  /** Set when a new version waits; calling it switches to that version. */
  pendingUpdate(): (() => void) | null;
  subscribe(listener: Listener): () => void;
  offer(apply: () => void): void;
}

export function createUpdateNotice(): UpdateNotice {
  let pending: (() => void) | null = null;
  const listeners = new Set<Listener>();
  return {
    pendingUpdate: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    offer(apply) {
      pending = apply;
      for (const listener of listeners) listener();
    },
  };
}

/** The page's one notice. */
export const updateNotice = createUpdateNotice();
