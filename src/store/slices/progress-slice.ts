import type { StateCreator } from 'zustand';

export interface FixProgress {
  /** Step numbers ticked off. */
  done: number[];
  /** The fix page's path, to offer "resume" from the start page. */
  path: string;
  /** When a step was last ticked (ms since epoch). */
  updatedAt: number;
}

/** Steps ticked off per fix page, so an admin can come back later and find their place. */
export interface ProgressSlice {
  progress: Record<string, FixProgress>;
  toggleStep: (fixId: string, path: string, step: number, now?: number) => void;
  resetProgress: (fixId: string) => void;
}

export const createProgressSlice: StateCreator<ProgressSlice, [], [], ProgressSlice> = (set) => ({
  progress: {},
  toggleStep: (fixId, path, step, now = Date.now()) =>
    set((state) => {
      const current = state.progress[fixId]?.done ?? [];
      const done = current.includes(step)
        ? current.filter((number) => number !== step)
        : [...current, step].sort((a, b) => a - b);
      return { progress: { ...state.progress, [fixId]: { done, path, updatedAt: now } } };
    }),
  resetProgress: (fixId) =>
    set((state) => {
      const { [fixId]: _removed, ...rest } = state.progress;
      return { progress: rest };
    }),
});
