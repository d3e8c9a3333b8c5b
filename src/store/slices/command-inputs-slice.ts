import type { StateCreator } from 'zustand';

/** What an admin typed for the command builder, kept while moving between fix pages. */
export interface CommandInputsSlice {
  /** Raw text per placeholder name (recipient, senders, mailbox …), exactly as typed. */
  commandInputs: Record<string, string>;
  setCommandInput: (name: string, value: string) => void;
  clearCommandInputs: () => void;
}

export const createCommandInputsSlice: StateCreator<
  CommandInputsSlice,
  [],
  [],
  CommandInputsSlice
> = (set) => ({
  commandInputs: {},
  setCommandInput: (name, value) =>
    set((state) => ({ commandInputs: { ...state.commandInputs, [name]: value } })),
  clearCommandInputs: () => set({ commandInputs: {} }),
});
