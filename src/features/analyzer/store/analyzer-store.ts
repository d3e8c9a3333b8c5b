import { create } from 'zustand';
import type { BounceAnalysis } from '../lib/analyze-bounce';

/** Where the analysed text came from. */
export type AnalyzedSource =
  { type: 'paste'; chars: number } | { type: 'file'; name: string; subject?: string };

/** Why there is no analysis to show. */
export type AnalyzerProblem =
  'empty-text' | 'empty-file' | 'too-large' | 'binary' | 'unreadable' | 'load-failed';

export type AnalyzerOutcome =
  | {
      status: 'analysed';
      analysis: BounceAnalysis;
      source: AnalyzedSource;
      /** The chosen answer to an ambiguous entry's question (an index into `ask.options`). */
      choice?: number;
    }
  | { status: 'problem'; problem: AnalyzerProblem; message: string };

interface AnalyzerState {
  /** What is in the text area. */
  draft: string;
  /** The last analysis, or why there is none. */
  outcome?: AnalyzerOutcome;
  setDraft: (draft: string) => void;
  setOutcome: (outcome: AnalyzerOutcome) => void;
  choose: (choice: number) => void;
}

/**
 * The pasted bounce and its analysis, kept in memory only: it survives going on into the tree and
 * coming back, never a reload, and is never persisted or put in the URL (it can be private mail).
 */
export const useAnalyzerStore = create<AnalyzerState>()((set) => ({
  draft: '',
  setDraft: (draft) => set({ draft }),
  setOutcome: (outcome) => set({ outcome }),
  choose: (choice) =>
    set((state) =>
      state.outcome?.status === 'analysed' ? { outcome: { ...state.outcome, choice } } : {},
    ),
}));
