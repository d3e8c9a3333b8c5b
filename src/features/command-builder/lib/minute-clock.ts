/** Once a minute is often enough to let typed values expire on a page left open. */
export const TICK_MS = 60_000;

export interface MinuteClock {
  /** The time of the last tick: the same value for every reader until the next one. */
  now(): number;
  /** Ticks `listener` every minute while anyone listens; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * One clock for every component that lets values expire: a fix page has a dozen of them (each
 * command, each input), and one timer each was a dozen more timers to start with the page.
 */
export function createMinuteClock(readTime: () => number = () => Date.now()): MinuteClock {
  let now = readTime();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  const tick = () => {
    now = readTime();
    for (const listener of listeners) listener();
  };
  return {
    now: () => now,
    subscribe(listener) {
      listeners.add(listener);
      if (timer === undefined) {
        // A clock nobody listened to may be hours old: catch up before the first reader renders.
        if (readTime() - now >= TICK_MS) tick();
        timer = setInterval(tick, TICK_MS);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || timer === undefined) return;
        clearInterval(timer);
        timer = undefined;
      };
    },
  };
}
