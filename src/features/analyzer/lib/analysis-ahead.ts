import type { BounceAnalysis } from './analyze-bounce';
import type { AnalyzerEngine } from './load-engine';

export interface AnalysisAhead {
  /** The text in the box changed: analyze it once it has stayed unchanged for a moment. */
  schedule: (text: string) => void;
  /** The analysis made ahead for exactly this text, if it is done. */
  readyFor: (text: string) => BounceAnalysis | undefined;
  /** The click analyzed this text itself: nothing more to do ahead for it. */
  analysed: (text: string, analysis: BounceAnalysis) => void;
}

/**
 * Analyzes the pasted text while the person moves to the Analyze button, so the click shows the
 * result at once (a 1 MB paste takes 20 to 70 ms to match on a 2-core machine; the click then
 * only renders). A paste is matched at once, typing once it has paused for `delayMs` (a keystroke
 * in a long text must not wait for a match each time). Texts longer than `maxChars` are left to
 * the click, which paints a busy state first. Nothing is reported from here: a failure or a change
 * of text just leaves nothing ready, and the click analyzes as it would have.
 */
export function createAnalysisAhead(
  loadEngine: () => Promise<AnalyzerEngine>,
  { delayMs, maxChars }: { delayMs: number; maxChars: number },
): AnalysisAhead {
  /** A change this large came in one go (a paste, a drop): no more is coming, match it now. */
  const PASTED_CHARS = 1000;
  let latest = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ready: { text: string; analysis: BounceAnalysis } | undefined;

  const analyzeLatest = async () => {
    const text = latest;
    try {
      const engine = await loadEngine();
      if (text !== latest) return;
      ready = { text, analysis: engine.analyze(text) };
    } catch {
      // The click tries again and says what went wrong.
    }
  };

  return {
    schedule(text) {
      const pasted = Math.abs(text.length - latest.length) >= PASTED_CHARS;
      latest = text;
      clearTimeout(timer);
      if (ready && ready.text !== text) ready = undefined;
      if (ready || text.length > maxChars || !/\S/.test(text)) return;
      timer = setTimeout(() => void analyzeLatest(), pasted ? 0 : delayMs);
    },
    readyFor: (text) => (ready?.text === text ? ready.analysis : undefined),
    analysed(text, analysis) {
      if (text === latest) clearTimeout(timer);
      ready = { text, analysis };
    },
  };
}
