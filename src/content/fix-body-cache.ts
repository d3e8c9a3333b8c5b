import type { FixBody } from './model.ts';

type Loader = () => Promise<FixBody>;

type Entry =
  | { status: 'pending'; promise: Promise<FixBody> }
  | { status: 'ready'; body: FixBody }
  | { status: 'failed'; promise: Promise<FixBody> };

/**
 * Fix bodies are separate chunks. This cache loads each once and lets a component read a loaded
 * body synchronously (`peek`) — which also lets a prerendered page hydrate without showing a spinner.
 */
export function createFixBodyCache(loaders: Readonly<Record<string, Loader>>) {
  const entries = new Map<string, Entry>();

  const load = (id: string): Promise<FixBody> => {
    const existing = entries.get(id);
    if (existing?.status === 'ready') return Promise.resolve(existing.body);
    // A failed load keeps its rejected promise until retry(), so rendering does not loop.
    if (existing?.status === 'pending' || existing?.status === 'failed') return existing.promise;
    const loader = loaders[id];
    if (!loader) return Promise.reject(new Error(`No fix page with id "${id}"`));
    const promise = loader().then(
      (body) => {
        entries.set(id, { status: 'ready', body });
        return body;
      },
      (error: unknown) => {
        entries.set(id, { status: 'failed', promise });
        throw error;
      },
    );
    entries.set(id, { status: 'pending', promise });
    return promise;
  };

  return {
    load,
    /** The body if it has loaded, without waiting. */
    peek(id: string): FixBody | undefined {
      const entry = entries.get(id);
      return entry?.status === 'ready' ? entry.body : undefined;
    },
    /** Forget a failed load so "try again" starts a new one. */
    retry(id: string): void {
      if (entries.get(id)?.status === 'failed') entries.delete(id);
    },
  };
}
