/** Stage 1 of a line: the status codes, SMTP replies and diagnostic tokens on it. */
import { findStatusCodes, isFailureCode } from '../../../lib/status-code';
import { DIAGNOSTIC, SMTP_REPLY } from './bounce-patterns';
import type { ScanState } from './scan-types';

/** Upper bound on each kind of hit kept: a bounce has a handful; a huge paste can't flood us. */
export const MAX_HITS = 500;

/** The matches of a global pattern on a line, at most `limit`. */
function matchesOf(pattern: RegExp, line: string, limit: number): readonly RegExpExecArray[] {
  // Most lines match nothing: they allocate nothing.
  let matches: RegExpExecArray[] | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m && (matches?.length ?? 0) < limit; m = pattern.exec(line)) {
    (matches ??= []).push(m);
  }
  return matches ?? NO_MATCHES;
}
const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);
/**
 * Every form of SMTP_REPLY holds a reply code: lines without one skip it (a plain search is
 * cheaper than the full expression's lookbehind at every position).
 */
const MAY_HOLD_REPLY = /[45][0-5]\d/;

/**
 * Adds the line's failure codes (class 4 or 5: a 2.x.x code reports a success), replies and
 * diagnostics. True when it found any: the line is then an anchor for catalogue patterns.
 */
export function readLineTokens(
  state: ScanState,
  line: string,
  index: number,
  inStatusField: boolean,
): boolean {
  let found = false;
  if (state.codes.length < MAX_HITS) {
    for (const code of findStatusCodes(line, MAX_HITS - state.codes.length)) {
      if (!isFailureCode(code)) continue;
      state.codes.push({
        code: code.text,
        cls: code.cls,
        subject: code.subject,
        detail: code.detail,
        line: index,
        start: code.start,
        end: code.end,
        inStatusField,
      });
      found = true;
    }
  }
  const replies = MAY_HOLD_REPLY.test(line)
    ? matchesOf(SMTP_REPLY, line, MAX_HITS - state.replies.length)
    : NO_MATCHES;
  for (const m of replies) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    const start = m.index + m[0].length - value.length;
    state.replies.push({ value, line: index, start, end: start + value.length });
    found = true;
  }
  for (const m of matchesOf(DIAGNOSTIC, line, MAX_HITS - state.diagnostics.length)) {
    const value = m[0].replace(/[.]+$/, '');
    state.diagnostics.push({ value, line: index, start: m.index, end: m.index + value.length });
    found = true;
  }
  return found;
}
