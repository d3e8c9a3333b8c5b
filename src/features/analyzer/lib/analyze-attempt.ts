import type { AnalyzedSource, AnalyzerProblem } from '../store/analyzer-store';
import type { BounceAnalysis } from './analyze-bounce';
import { createAnalysisAhead } from './analysis-ahead';
import {
  loadEngine,
  loadFileReader,
  type AnalyzerEngine,
  type BounceFileReader,
} from './load-engine';

/**
 * Where one attempt (a paste or a file) reports to. `isCurrent` says whether it is still the
 * latest attempt: a superseded one stops at its next step and reports nothing.
 */
export interface AttemptReport {
  isCurrent: () => boolean;
  analysed: (analysis: BounceAnalysis, source: AnalyzedSource) => void;
  /** Without a message, the page says the problem's usual sentence. */
  problem: (problem: AnalyzerProblem, message?: string) => void;
}

/**
 * Above this size a paste gets a busy state painted before the (synchronous) analysis runs. The
 * analysis takes 10 to 25 ms a megabyte, about what the frame the busy state needs would cost.
 */
const LARGE_PASTE_CHARS = 2_000_000;

/** The User Timing measure of each paste's analysis (the matching alone, without rendering). */
const ANALYSIS_MEASURE = 'bounce-analysis';

/** How long the text must stay unchanged before it is analyzed ahead of the click. */
const AHEAD_DELAY_MS = 150;

/** Runs the matching and records it as the User Timing measure (read by `npm run bench`). */
function analyzeMeasured(engine: AnalyzerEngine, text: string): BounceAnalysis {
  const started = performance.now();
  const analysis = engine.analyze(text);
  performance.measure(ANALYSIS_MEASURE, { start: started });
  return analysis;
}

/** The text in the box, analyzed while the person moves to the button (the page schedules it). */
export const analysisAhead = createAnalysisAhead(
  () => loadEngine().then((engine) => ({ analyze: (text) => analyzeMeasured(engine, text) })),
  { delayMs: AHEAD_DELAY_MS, maxChars: LARGE_PASTE_CHARS },
);

/** Lets the browser paint (a busy state) before a long synchronous task. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Analyzes pasted text (not blank: the page says so before it gets here). */
export async function analyzePaste(text: string, report: AttemptReport): Promise<void> {
  try {
    const source = { type: 'paste', chars: text.length } as const;
    const ready = analysisAhead.readyFor(text);
    if (ready) return report.analysed(ready, source);
    if (text.length > LARGE_PASTE_CHARS) await afterPaint();
    const engine = await loadEngine();
    if (!report.isCurrent()) return;
    const analysis = analyzeMeasured(engine, text);
    analysisAhead.analysed(text, analysis);
    report.analysed(analysis, source);
  } catch {
    if (report.isCurrent()) report.problem('load-failed');
  }
}

/** Reads a .eml or .txt file with the MIME reader, then analyzes its text. */
export async function analyzeFile(file: File, report: AttemptReport): Promise<void> {
  let reader: BounceFileReader;
  try {
    reader = await loadFileReader();
  } catch {
    if (report.isCurrent()) report.problem('load-failed');
    return;
  }
  try {
    await analyzeFileWith(reader, file, report);
  } catch (error) {
    if (!report.isCurrent()) return;
    if (error instanceof reader.BounceFileError) {
      report.problem(error.problem === 'empty' ? 'empty-file' : error.problem, error.message);
    } else {
      report.problem('unreadable', 'This file could not be read. Save the bounce again and retry.');
    }
  }
}

/** The file's steps once the reader is here; a file it cannot read throws a BounceFileError. */
async function analyzeFileWith(reader: BounceFileReader, file: File, report: AttemptReport) {
  if (file.size > reader.MAX_FILE_BYTES) {
    throw new reader.BounceFileError(
      'too-large',
      `This file is larger than ${reader.MAX_FILE_BYTES / 1024 / 1024} MB, far more than a bounce. Open the bounce message itself.`,
    );
  }
  const read = await reader.readBounceFile(new Uint8Array(await file.arrayBuffer()), file.name);
  await afterPaint();
  const engine = await loadEngine();
  if (!report.isCurrent()) return;
  const analysis = engine.analyze(read.text);
  if (analysis.kind === 'empty') {
    report.problem('empty-file');
    return;
  }
  report.analysed(analysis, {
    type: 'file',
    name: file.name,
    ...(read.subject ? { subject: read.subject } : {}),
  });
}
