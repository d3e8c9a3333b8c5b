import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage } from './safe-storage.ts';
import {
  createCommandInputsSlice,
  type CommandInputsSlice,
} from './slices/command-inputs-slice.ts';
import { createProgressSlice, type ProgressSlice } from './slices/progress-slice.ts';
import {
  STORE_VERSION,
  migratePersistedState,
  sanitizePersistedState,
  type PersistedState,
} from './persisted-state.ts';

/**
 * What is personal, not position: typed inputs and ticked steps. The URL holds the position and is
 * never mirrored here. Read it through narrow selectors: useAppStore((s) => s.commandInputs.recipient).
 */
export type AppState = CommandInputsSlice & ProgressSlice;

export const STORE_KEY = 'bounce-fix-wizard';

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createCommandInputsSlice(...args),
      ...createProgressSlice(...args),
    }),
    {
      name: STORE_KEY,
      version: STORE_VERSION,
      // Read storage after the first render (App calls rehydrate), so a prerendered page and
      // its first client render match and hydration never sees personal data.
      skipHydration: true,
      storage: createJSONStorage(() => createSafeStorage()),
      partialize: (state): PersistedState => ({
        commandInputs: state.commandInputs,
        progress: state.progress,
      }),
      migrate: (persisted, version) => migratePersistedState(persisted, version),
      // Stored data is untrusted: keep only what is valid, whatever its version said. With
      // nothing stored the state stays the same object, so no component re-renders: that
      // re-render is synchronous and would hydrate the rest of a page in one long task.
      merge: (persisted, current) =>
        persisted === undefined ? current : { ...current, ...sanitizePersistedState(persisted) },
    },
  ),
);
