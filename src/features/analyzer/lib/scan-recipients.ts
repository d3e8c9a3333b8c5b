/** Failed recipients: where each was found, kept once per source, ranked by source. */
import { ADDRESS } from './bounce-patterns';
import {
  RECIPIENT_RANK,
  type Found,
  type RecipientSource,
  type ScanState,
  type ValueHit,
} from './scan-types';

/** How far below an intro sentence or label the recipient or server is looked for. */
export const LOOKAHEAD_LINES = 6;

/** The first address on a line, from `from` on. */
export function firstAddress(line: string, from = 0): Found | undefined {
  if (line.indexOf('@', from) === -1) return undefined;
  const match = ADDRESS.exec(from === 0 ? line : line.slice(from));
  if (!match) return undefined;
  const start = match.index + from;
  return { value: match[0], start, end: start + match[0].length };
}

export function addRecipient(
  state: ScanState,
  source: RecipientSource,
  line: number,
  found: Found,
): void {
  const key = `${source}:${found.value.toLowerCase()}`;
  if (state.seenRecipients.has(key)) return;
  state.seenRecipients.add(key);
  state.recipientHits.push({ hit: { ...found, line }, rank: RECIPIENT_RANK[source] });
}

/** Finds the first address in the lines below `index`; returns its line. */
export function addressBelow(
  state: ScanState,
  index: number,
  source: RecipientSource,
): number | undefined {
  const { lines } = state;
  for (let i = index + 1; i < lines.length && i <= index + LOOKAHEAD_LINES; i += 1) {
    const found = firstAddress(lines[i] ?? '');
    if (found) {
      addRecipient(state, source, i, found);
      return i;
    }
  }
  return undefined;
}

/** The next non-blank line below `index`, within the lookahead. */
export function nextNonBlank(lines: readonly string[], index: number): number | undefined {
  for (let i = index + 1; i < lines.length && i <= index + LOOKAHEAD_LINES; i += 1) {
    if ((lines[i] ?? '').trim() !== '') return i;
  }
  return undefined;
}

/** Every recipient once, best source first (then earliest line). */
export function rankedRecipients(state: ScanState): ValueHit[] {
  const sorted = [...state.recipientHits].sort(
    (a, b) => a.rank - b.rank || a.hit.line - b.hit.line,
  );
  const recipients: ValueHit[] = [];
  const seen = new Set<string>();
  for (const { hit } of sorted) {
    const key = hit.value.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      recipients.push(hit);
    }
  }
  return recipients;
}
