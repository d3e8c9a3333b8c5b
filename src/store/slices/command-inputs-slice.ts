import type { StateCreator } from 'zustand';

/**
 * What an admin typed for the command builder. The stored object is opaque here: it is read and
 * written only through src/store/command-inputs.ts (scoped by recipient type, expiring), which
 * loads with the features that need it rather than with the entry.
 */
export interface CommandInputsSlice {
  commandInputs: Record<string, unknown>;
  /** Replaces the stored inputs with what `update` makes of them (an empty object clears all). */
  updateCommandInputs: (
    update: (current: Record<string, unknown>) => Record<string, unknown>,
  ) => void;
}

export const createCommandInputsSlice: StateCreator<
  CommandInputsSlice,
  [],
  [],
  CommandInputsSlice
> = (set) => ({
  commandInputs: {},
  updateCommandInputs: (update) => set((state) => ({ commandInputs: update(state.commandInputs) })),
});
