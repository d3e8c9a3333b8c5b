import { useEffect, useRef } from 'react';
import type { AnalyzerOutcome } from '../store/analyzer-store';

/** Where focus goes once a new outcome has rendered: the result's heading, or back to the text. */
export type FocusTarget = 'result' | 'text' | undefined;

/**
 * Moves focus after the next outcome has rendered: `focusNext` names the target before the outcome
 * is set, and the refs go on the result's heading and the text area.
 */
export function useFocusAfterOutcome(outcome: AnalyzerOutcome | undefined) {
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const focusAfterRender = useRef<FocusTarget>(undefined);

  useEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = undefined;
    if (target === 'result') resultHeading.current?.focus();
    if (target === 'text') textArea.current?.focus();
  }, [outcome]);

  const focusNext = (target: FocusTarget) => {
    focusAfterRender.current = target;
  };
  return { resultHeading, textArea, focusNext };
}
