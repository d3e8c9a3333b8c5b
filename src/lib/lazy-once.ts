/**
 * A module that loads on first request and is then read synchronously: `load()` starts (or joins)
 * the one import, `peek()` returns the value once it has arrived. A failed load is forgotten, so
 * the next `load()` tries again (offline for a moment, a new deployment replaced the chunk).
 */
export function lazyOnce<T>(importer: () => Promise<T>) {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load(): Promise<T> {
      loading ??= importer().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    peek(): T | undefined {
      return value;
    },
  };
}
