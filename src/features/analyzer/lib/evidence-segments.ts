import { withoutOverlaps, type Evidence, type EvidenceLabel } from './bounce-evidence';

/** A run of an evidence line: plain text, highlighted when it carries a label. */
export interface EvidenceSegment {
  text: string;
  label?: EvidenceLabel;
}

/**
 * Cuts an evidence line into plain and highlighted runs, in order, so the UI can render each
 * as text (highlights inside <mark>) without ever building HTML. Ranges out of bounds are
 * clamped; a range that overlaps one before it is dropped.
 */
export function evidenceSegments({
  text,
  highlights,
}: Pick<Evidence, 'text' | 'highlights'>): EvidenceSegment[] {
  const segments: EvidenceSegment[] = [];
  let cursor = 0;
  for (const highlight of withoutOverlaps(highlights)) {
    const start = Math.max(cursor, Math.min(highlight.start, text.length));
    const end = Math.min(Math.max(highlight.end, start), text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), label: highlight.label });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
