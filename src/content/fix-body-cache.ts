import type { FixBody } from './model.ts';

type Loader = () => Promise<FixBody>;

type Entry =
  | {
      status: 'pending';
      promise: Promise<FixBody>;
      /** Only a prefetch has asked for it: no page is waiting on this promise. */
      prefetchOnly: boolean;
    }
  | { status: 'ready'; body: FixBody }
  | { status: 'failed'; promise: Promise<FixBody> };

/**
 * Fix bodies are separate chunks. This cache loads each once and lets a component read a loaded
 * body synchronously (`peek`) — which also lets a prerendered page hydrate without showing a spinner.
 */
export function createFixBodyCache(loaders: Readonly<Record<string, Loader>>) {
  const entries = new Map<string, Entry>();

  const start = (id: string, prefetchOnly: boolean): Promise<FixBody> => {
    const loader = loaders[id];
    if (!loader) return Promise.reject(new Error(`No fix page with id "${id}"`));
    const promise = loader().then(
      (body) => {
        entries.set(id, { status: 'ready', body });
        return body;
      },
      (error: unknown) => {
        // Settled here, before anyone else hears of the failure: a page that asked for the body
        // keeps seeing this rejected promise (React may read it again); a prefetch nobody joined
        // is forgotten, so the page tries again when it is opened.
        const entry = entries.get(id);
        if (entry?.status === 'pending' && entry.prefetchOnly) entries.delete(id);
        else entries.set(id, { status: 'failed', promise });
        throw error;
      },
    );
    entries.set(id, { status: 'pending', promise, prefetchOnly });
    return promise;
  };

  const load = (id: string): Promise<FixBody> => {
    const existing = entries.get(id);
    if (existing?.status === 'ready') return Promise.resolve(existing.body);
    if (existing?.status === 'pending') existing.prefetchOnly = false;
    // A failed load keeps its rejected promise until retry(), so rendering does not loop.
    if (existing?.status === 'pending' || existing?.status === 'failed') return existing.promise;
    return start(id, false);
  };

  return {
    load,
    /** The body if it has loaded, without waiting. */
    peek(id: string): FixBody | undefined {
      const entry = entries.get(id);
      return entry?.status === 'ready' ? entry.body : undefined;
    },
    /**
     * Loads a body ahead of need (decision 0027). Never rejects: a failure is forgotten unless a
     * page has asked for the body meanwhile, which then shows it as failed.
     */
    prefetch(id: string): void {
      if (!entries.has(id)) start(id, true).catch(() => undefined);
    },
    /** Forget a failed load so "try again" starts a new one. */
    retry(id: string): void {
      if (entries.get(id)?.status === 'failed') entries.delete(id);
    },
  };
}
