import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FixRoute, Tree } from '../../../content/model';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { paths } from '../../../lib/paths';
import type { BounceAnalysis } from '../lib/analyze-bounce';
import {
  continueRoutes,
  resolveBounce,
  type ContinueRoute,
  type Resolution,
} from '../lib/continue-plan';
import { loadEngine, loadFileReader, type BounceFileReader } from '../lib/load-engine';
import {
  useAnalyzerStore,
  type AnalyzedSource,
  type AnalyzerProblem,
} from '../store/analyzer-store';
import { AnalysisResult, resultTitle } from './analysis-result';
import { BounceInput } from './bounce-input';
import { BulkTriageEntry } from './bulk-triage-entry';

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

/**
 * Above this size a paste gets a busy state painted before the (synchronous) analysis runs. The
 * analysis takes about 15 ms a megabyte, less than the frame the busy state would cost.
 */
const LARGE_PASTE_CHARS = 2_000_000;

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

/** Lets the browser paint (a busy state) before a long synchronous task. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The bounce analyzer: paste a bounce or open a .eml/.txt file; the diagnosis, its evidence and
 * the way on into the tree. Everything runs here in the browser.
 */
// eslint-disable-next-line max-lines-per-function -- to be split into named stages (issue 14)
export function AnalyzerPage({ tree, fixes, renderAfterResult }: AnalyzerPageProps) {
  const draft = useAnalyzerStore((state) => state.draft);
  const outcome = useAnalyzerStore((state) => state.outcome);
  const setDraft = useAnalyzerStore((state) => state.setDraft);
  const setOutcome = useAnalyzerStore((state) => state.setOutcome);
  const choose = useAnalyzerStore((state) => state.choose);
  const [busy, setBusy] = useState<string>();
  const [status, setStatus] = useState('');
  const request = useRef(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const focusAfterRender = useRef<'result' | 'text' | undefined>(undefined);

  // Fetch the matcher and catalogue while the person is still pasting.
  useEffect(() => {
    loadEngine().catch(() => undefined);
  }, []);

  useEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = undefined;
    if (target === 'result') resultHeading.current?.focus();
    if (target === 'text') textArea.current?.focus();
  }, [outcome]);

  const showProblem = (problem: AnalyzerProblem, message = '') => {
    const text = message || PROBLEM_MESSAGES[problem as keyof typeof PROBLEM_MESSAGES];
    focusAfterRender.current = problem === 'empty-text' ? 'text' : undefined;
    setOutcome({ status: 'problem', problem, message: text });
    setStatus(text);
    setBusy(undefined);
  };

  const showAnalysis = (analysis: BounceAnalysis, source: AnalyzedSource) => {
    focusAfterRender.current = 'result';
    setOutcome({ status: 'analysed', analysis, source });
    setStatus(`Analysis ready: ${resultTitle(analysis)}`);
    setBusy(undefined);
  };

  const analyzeText = async (text: string) => {
    const id = ++request.current;
    if (!/\S/.test(text)) {
      showProblem('empty-text');
      return;
    }
    setBusy('Analyzing…');
    setStatus('Analyzing…');
    try {
      if (text.length > LARGE_PASTE_CHARS) await afterPaint();
      const engine = await loadEngine();
      if (id !== request.current) return;
      showAnalysis(engine.analyze(text), { type: 'paste', chars: text.length });
    } catch {
      if (id === request.current) showProblem('load-failed');
    }
  };

  const openFile = async (file: File) => {
    const id = ++request.current;
    const reading = `Reading ${file.name}…`;
    setBusy(reading);
    setStatus(reading);
    let reader: BounceFileReader;
    try {
      reader = await loadFileReader();
    } catch {
      if (id === request.current) showProblem('load-failed');
      return;
    }
    try {
      if (file.size > reader.MAX_FILE_BYTES) {
        throw new reader.BounceFileError(
          'too-large',
          `This file is larger than ${reader.MAX_FILE_BYTES / 1024 / 1024} MB, far more than a bounce. Open the bounce message itself.`,
        );
      }
      const read = await reader.readBounceFile(new Uint8Array(await file.arrayBuffer()), file.name);
      await afterPaint();
      const engine = await loadEngine();
      if (id !== request.current) return;
      const analysis = engine.analyze(read.text);
      if (analysis.kind === 'empty') {
        showProblem('empty-file');
        return;
      }
      showAnalysis(analysis, {
        type: 'file',
        name: file.name,
        ...(read.subject ? { subject: read.subject } : {}),
      });
    } catch (error) {
      if (id !== request.current) return;
      if (error instanceof reader.BounceFileError) {
        showProblem(error.problem === 'empty' ? 'empty-file' : error.problem, error.message);
      } else {
        showProblem('unreadable', 'This file could not be read. Save the bounce again and retry.');
      }
    }
  };

  let result: ReactNode = null;
  if (outcome?.status === 'analysed') {
    const resolution = resolveBounce(outcome.analysis, outcome.choice);
    const routes = continueRoutes(tree, outcome.analysis, resolution);
    result = (
      <AnalysisResult
        analysis={outcome.analysis}
        source={outcome.source}
        choice={outcome.choice}
        onChoose={choose}
        resolution={resolution}
        routes={routes}
        tree={tree}
        fixes={fixes}
        headingRef={resultHeading}
        after={renderAfterResult?.({ analysis: outcome.analysis, resolution, routes })}
      />
    );
  }

  return (
    <article aria-labelledby="analyzer-heading">
      <div id="analyzer-heading" className="print:hidden">
        <PageHeading>Analyze a bounce</PageHeading>
      </div>
      <p className="mt-3 max-w-prose print:hidden">
        Paste the bounce (the non-delivery report) or open it as a file. The analyzer finds the
        status code, the diagnostic text, the recipient and the servers, explains what happened and
        takes you on to the right fix with the questions it can answer already answered.
      </p>
      <p className="mt-3 max-w-prose rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-sm dark:border-emerald-400 dark:bg-emerald-950 print:hidden">
        <strong>Private by design:</strong> everything runs here in your browser. Nothing you paste
        or open is uploaded, stored or put in the page address.
      </p>
      <noscript>
        <p className="mt-3 max-w-prose rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm dark:border-amber-400 dark:bg-amber-950">
          The analyzer runs in your browser and needs JavaScript, which is turned off. Without it,
          answer the <TextLink to="/">wizard’s questions</TextLink>, or find your bounce code in the{' '}
          <TextLink to={paths.fixes()}>index of fixes</TextLink>.
        </p>
      </noscript>

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
      <div aria-busy={busy !== undefined}>{result}</div>
      <div className="print:hidden">
        <BulkTriageEntry tree={tree} fixes={fixes} />
      </div>
    </article>
  );
}
