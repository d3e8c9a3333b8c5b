/** Stage 1 of a line: the status codes, SMTP replies and diagnostic tokens on it. */
import { findStatusCodes, isFailureCode } from '../../../lib/status-code';
import { DIAGNOSTIC, SMTP_REPLY } from './bounce-patterns';
import type { ScanState } from './scan-types';

/** Upper bound on each kind of hit kept: a bounce has a handful; a huge paste can't flood us. */
export const MAX_HITS = 500;

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
  SMTP_REPLY.lastIndex = 0;
  for (
    let m = SMTP_REPLY.exec(line);
    m && state.replies.length < MAX_HITS;
    m = SMTP_REPLY.exec(line)
  ) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    const start = m.index + m[0].length - value.length;
    state.replies.push({ value, line: index, start, end: start + value.length });
    found = true;
  }
  DIAGNOSTIC.lastIndex = 0;
  for (
    let m = DIAGNOSTIC.exec(line);
    m && state.diagnostics.length < MAX_HITS;
    m = DIAGNOSTIC.exec(line)
  ) {
    const value = m[0].replace(/[.]+$/, '');
    state.diagnostics.push({ value, line: index, start: m.index, end: m.index + value.length });
    found = true;
  }
  return found;
}
