import { useEffect, type ReactNode, type RefObject } from 'react';
import type { FixRoute, Tree } from '../../../content/model';
import type { BounceAnalysis } from '../lib/analyze-bounce';
import {
  continueRoutes,
  resolveBounce,
  type ContinueRoute,
  type Resolution,
} from '../lib/continue-plan';
import { analysisAhead } from '../lib/analyze-attempt';
import { useAnalyzerStore, type AnalyzerOutcome } from '../store/analyzer-store';
import { AnalysisResult } from './analysis-result';
import { AnalyzerIntro } from './analyzer-intro';
import { BounceInput } from './bounce-input';
import { BulkTriageEntry } from './bulk-triage-entry';
import { useBounceAnalysis } from './use-bounce-analysis';
import { useFocusAfterOutcome } from './use-focus-after-outcome';

/** What a composed slot gets to know about a result that goes on into the tree. */
export interface AnalyzerResultInfo {
  analysis: BounceAnalysis;
  resolution: Resolution;
  routes: ContinueRoute[];
}

interface AnalyzerPageProps {
  tree: Tree;
  fixes: readonly FixRoute[];
  /** Shown after a result that leads into the tree (e.g. a message to the recipient's admin). */
  renderAfterResult?: (info: AnalyzerResultInfo) => ReactNode;
}

interface ResultProps extends AnalyzerPageProps {
  outcome: Extract<AnalyzerOutcome, { status: 'analysed' }>;
  onChoose: (choice: number) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** An analysis: the diagnosis, its evidence and the ways on into the tree. */
function renderResult({
  tree,
  fixes,
  renderAfterResult,
  outcome,
  onChoose,
  headingRef,
}: ResultProps) {
  const resolution = resolveBounce(outcome.analysis, outcome.choice);
  const routes = continueRoutes(tree, outcome.analysis, resolution);
  return (
    <AnalysisResult
      analysis={outcome.analysis}
      source={outcome.source}
      choice={outcome.choice}
      onChoose={onChoose}
      resolution={resolution}
      routes={routes}
      tree={tree}
      fixes={fixes}
      headingRef={headingRef}
      after={renderAfterResult?.({ analysis: outcome.analysis, resolution, routes })}
    />
  );
}

/**
 * The bounce analyzer: paste a bounce or open a .eml/.txt file; the diagnosis, its evidence and
 * the way on into the tree. Everything runs here in the browser.
 */
export function AnalyzerPage({ tree, fixes, renderAfterResult }: AnalyzerPageProps) {
  const draft = useAnalyzerStore((state) => state.draft);
  const outcome = useAnalyzerStore((state) => state.outcome);
  const setDraft = useAnalyzerStore((state) => state.setDraft);
  const choose = useAnalyzerStore((state) => state.choose);
  const { resultHeading, textArea, focusNext } = useFocusAfterOutcome(outcome);
  const { busy, status, analyzeText, openFile } = useBounceAnalysis(focusNext);
  // The result is ready by the time the Analyze button is pressed (analysis-ahead.ts).
  useEffect(() => analysisAhead.schedule(draft), [draft]);

  return (
    <article aria-labelledby="analyzer-heading">
      <AnalyzerIntro />
      <div className="print:hidden">
        <BounceInput
          draft={draft}
          onDraftChange={setDraft}
          onAnalyze={() => void analyzeText(draft)}
          onFile={(file) => void openFile(file)}
          busy={busy}
          problem={outcome?.status === 'problem' ? outcome : undefined}
          textAreaRef={textArea}
        />
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      <div aria-busy={busy !== undefined}>
        {outcome?.status === 'analysed'
          ? renderResult({
              tree,
              fixes,
              renderAfterResult,
              outcome,
              onChoose: choose,
              headingRef: resultHeading,
            })
          : null}
      </div>
      <div className="print:hidden">
        <BulkTriageEntry tree={tree} fixes={fixes} />
      </div>
    </article>
  );
}
