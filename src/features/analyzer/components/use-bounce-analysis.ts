import { useEffect, useRef, useState } from 'react';
import { analyzeFile, analyzePaste, type AttemptReport } from '../lib/analyze-attempt';
import { loadEngine } from '../lib/load-engine';
import type { BounceAnalysis } from '../lib/analyze-bounce';
import {
  useAnalyzerStore,
  type AnalyzedSource,
  type AnalyzerProblem,
} from '../store/analyzer-store';
import { resultTitle } from './analysis-result';
import type { FocusTarget } from './use-focus-after-outcome';

const PROBLEM_MESSAGES: Record<
  Exclude<AnalyzerProblem, 'binary' | 'unreadable' | 'too-large'>,
  string
> = {
  'empty-text':
    'There is nothing to analyze yet. Paste the bounce into the box, or open a saved bounce file.',
  'empty-file':
    'This file has no text in it. Open the bounce message itself, saved as .eml or .txt.',
  'load-failed':
    'The analyzer could not be loaded. Check your connection and try again; once loaded, it works offline.',
};

/**
 * Runs the analysis of a paste or a file and puts its outcome in the store: what is running
 * (`busy`), the sentence for the live region (`status`), and where focus goes once it shows. Only
 * the latest attempt reports; the matcher is fetched while the person is still pasting.
 */
export function useBounceAnalysis(focusNext: (target: FocusTarget) => void) {
  const setOutcome = useAnalyzerStore((state) => state.setOutcome);
  const [busy, setBusy] = useState<string>();
  const [status, setStatus] = useState('');
  const request = useRef(0);

  // Fetch the matcher and catalogue while the person is still pasting.
  useEffect(() => {
    loadEngine().catch(() => undefined);
  }, []);

  const problem = (kind: AnalyzerProblem, message = '') => {
    const text = message || PROBLEM_MESSAGES[kind as keyof typeof PROBLEM_MESSAGES];
    focusNext(kind === 'empty-text' ? 'text' : undefined);
    setOutcome({ status: 'problem', problem: kind, message: text });
    setStatus(text);
    setBusy(undefined);
  };
  const analysed = (analysis: BounceAnalysis, source: AnalyzedSource) => {
    focusNext('result');
    setOutcome({ status: 'analysed', analysis, source });
    setStatus(`Analysis ready: ${resultTitle(analysis)}`);
    setBusy(undefined);
  };
  /** A new attempt: the earlier ones stop reporting. */
  const attempt = (): AttemptReport => {
    const id = ++request.current;
    return { isCurrent: () => id === request.current, analysed, problem };
  };
  const showBusy = (label: string) => {
    setBusy(label);
    setStatus(label);
  };

  const analyzeText = async (text: string) => {
    const report = attempt();
    if (!/\S/.test(text)) {
      problem('empty-text');
      return;
    }
    showBusy('Analyzing…');
    await analyzePaste(text, report);
  };
  const openFile = async (file: File) => {
    const report = attempt();
    showBusy(`Reading ${file.name}…`);
    await analyzeFile(file, report);
  };
  return { busy, status, analyzeText, openFile };
}
