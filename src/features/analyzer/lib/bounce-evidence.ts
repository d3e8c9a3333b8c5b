/**
 * The lines a diagnosis rests on, with character ranges to highlight. Plain data: the text is
 * the bounce's own, never HTML, so the UI renders it as text.
 */
import type { EntryMatch } from './match-catalogue';
import type { CodeHit, Hit, ScanResult } from './scan-types';

/** What a highlighted range is. */
export type EvidenceLabel =
  'status-code' | 'smtp-reply' | 'diagnostic' | 'recipient' | 'server' | 'version';

export interface EvidenceHighlight {
  /** Range within `Evidence.text` (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  label: EvidenceLabel;
}

/** One line of the bounce that supports the diagnosis. */
export interface Evidence {
  /** 1-based line number in the analysed text. */
  line: number;
  /** The line, or a window of it when it is long (see `offset`). Plain text, never HTML. */
  text: string;
  /** Where `text` starts within the line (0 unless the line was shortened). */
  offset: number;
  /** True when `text` is only part of the line. */
  clipped: boolean;
  highlights: EvidenceHighlight[];
}

const MAX_EVIDENCE_LINES = 20;
const EVIDENCE_WINDOW = 300;
const EVIDENCE_LEAD = 80;

/**
 * Ranges in order of their start, a longer one first where two start together, without any
 * that overlaps one kept before it. The one rule for the analysis and the rendering.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(
  ranges: readonly T[],
): T[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const range of sorted) {
    const last = kept.at(-1);
    if (!last || range.start >= last.end) kept.push(range);
  }
  return kept;
}

/** What the evidence shows: the diagnosis, and the facts around it. */
export interface EvidenceSources {
  scan: ScanResult;
  best: EntryMatch | undefined;
  primaryCode: CodeHit | undefined;
  versionHit: Hit | undefined;
}

export function buildEvidence({
  scan,
  best,
  primaryCode,
  versionHit,
}: EvidenceSources): Evidence[] {
  const byLine = new Map<number, EvidenceHighlight[]>();
  const add = (hit: Hit | undefined, label: EvidenceLabel) => {
    if (!hit) return;
    const list = byLine.get(hit.line) ?? [];
    list.push({ start: hit.start, end: hit.end, label });
    byLine.set(hit.line, list);
  };

  for (const hit of best?.patternHits ?? []) add(hit, 'diagnostic');
  // Show whole diagnostic tokens (RESOLVER.RST.…) on the lines that carry the diagnosis.
  const diagnosisLines = new Set(
    [...(best?.patternHits ?? []), ...(primaryCode ? [primaryCode] : [])].map((hit) => hit.line),
  );
  for (const token of scan.diagnostics)
    if (diagnosisLines.has(token.line)) add(token, 'diagnostic');
  if (primaryCode) {
    const sameCode = scan.codes.filter((code) => code.code === primaryCode.code).slice(0, 3);
    for (const hit of sameCode) {
      add(hit, 'status-code');
      for (const reply of scan.replies) if (reply.line === hit.line) add(reply, 'smtp-reply');
    }
  } else if (best?.reply) {
    add(best.reply, 'smtp-reply');
  }
  add(scan.recipients[0], 'recipient');
  add(scan.reportingServer, 'server');
  add(scan.remoteServer, 'server');
  add(versionHit, 'version');

  const lines = [...byLine.keys()].sort((a, b) => a - b).slice(0, MAX_EVIDENCE_LINES);
  return lines.map((index) => toEvidence(scan.lines[index] ?? '', index, byLine.get(index) ?? []));
}

function toEvidence(line: string, index: number, highlights: EvidenceHighlight[]): Evidence {
  const kept = withoutOverlaps(highlights);
  let offset = 0;
  let text = line;
  if (line.length > EVIDENCE_WINDOW) {
    offset = Math.max(0, (kept[0]?.start ?? 0) - EVIDENCE_LEAD);
    text = line.slice(offset, offset + EVIDENCE_WINDOW);
  }
  const end = offset + text.length;
  const shifted = kept
    .filter((highlight) => highlight.start >= offset && highlight.start < end)
    .map((highlight) => ({
      start: highlight.start - offset,
      end: Math.min(highlight.end, end) - offset,
      label: highlight.label,
    }));
  return { line: index + 1, text, offset, clipped: text.length < line.length, highlights: shifted };
}
