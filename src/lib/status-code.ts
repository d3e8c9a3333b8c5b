/**
 * The one grammar of enhanced status codes (RFC 3463), for everything that reads or compares
 * them: the bounce analyzer, the catalogue and fix-page schemas, the /fixes index and search,
 * the message to the recipient's admin.
 *
 * The rules, decided once:
 * - A code is `class.subject.detail`: the class is 2, 4 or 5 (success, persistent transient
 *   failure, permanent failure: RFC 3463 §3.1), subject and detail are 1 to 3 digits.
 * - Found in free text, a code stands on its own: no digit or dot right before it, and no digit
 *   (or dot then digit) right after it, so `10.5.7.129`, `15.7.1`, `5.7.1234` and
 *   `2.5.4.1.7` are not codes, while `5.7.1.` at the end of a sentence is.
 * - A family of codes (the catalogue's `codes`) is an exact code `5.7.133`, a range of details
 *   `5.7.606-649` (low < high), a subject wildcard `5.7.x` or a class wildcard `5.x.x`.
 * - A search prefix is the start of a code with at least its subject: `5.7`, `5.7.13` (finds
 *   5.7.133); a lone `5` is a word like any other.
 * - Codes sort by each number in turn (5.7.12 < 5.7.133), a range by its first number.
 *
 * Only a failure (class 4 or 5) is the reason for a bounce; see {@link isFailureCode}.
 */

/** Classes of enhanced status codes (RFC 3463 §3.1). */
export type StatusClass = 2 | 4 | 5;

export interface StatusCode {
  /** The code as written, e.g. `5.7.133`. */
  text: string;
  cls: StatusClass;
  subject: number;
  detail: number;
}

/** A code found in text, with its place (UTF-16 offsets, end exclusive). */
export interface FoundStatusCode extends StatusCode {
  start: number;
  end: number;
}

const PART = String.raw`\d{1,3}`;
/** A whole string that is one code. */
const EXACT = new RegExp(`^([245])\\.(${PART})\\.(${PART})$`);
/**
 * A code inside text. Linear: the lookbehind keeps a search from restarting inside a run of
 * digits and dots, and every part is bounded.
 */
const IN_TEXT = new RegExp(`(?<![\\d.])([245])\\.(${PART})\\.(${PART})(?!\\.?\\d)`, 'g');
const SPEC = new RegExp(`^([245])\\.(${PART}|x)\\.(${PART}(?:-${PART})?|x)$`);
const PREFIX = new RegExp(`^[245](?:\\.${PART}){1,2}$`);

function toCode(match: RegExpExecArray): StatusCode {
  return {
    text: match[0],
    cls: Number(match[1]) as StatusClass,
    subject: Number(match[2]),
    detail: Number(match[3]),
  };
}

/** The code a whole string is (`"5.7.133"`), or undefined. */
export function parseStatusCode(text: string): StatusCode | undefined {
  const match = EXACT.exec(text);
  return match ? toCode(match) : undefined;
}

/** True when the whole string is one code. */
export function isStatusCode(text: string): boolean {
  return EXACT.test(text);
}

/** Every code in a piece of text, in order (at most `limit`). */
export function findStatusCodes(text: string, limit = Infinity): readonly FoundStatusCode[] {
  // Most lines of a long paste hold no code: they allocate nothing.
  let found: FoundStatusCode[] | undefined;
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(text); m && (found?.length ?? 0) < limit; m = IN_TEXT.exec(text)) {
    // Built whole, not spread from toCode: a spread costs a megabyte's paste ~3 ms.
    (found ??= []).push({
      text: m[0],
      cls: Number(m[1]) as StatusClass,
      subject: Number(m[2]),
      detail: Number(m[3]),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found ?? NONE;
}
const NONE: readonly FoundStatusCode[] = Object.freeze([]);

/** A bounce's reason is a failure: class 4 (try again later) or 5 (permanent). */
export function isFailureCode(code: Pick<StatusCode, 'cls'>): boolean {
  return code.cls === 4 || code.cls === 5;
}

/** How much a family of codes says: an exact code most, a class wildcard least. */
export type CodeSpecKind = 'exact' | 'range' | 'subject-wildcard' | 'class-wildcard';

export interface CodeSpec {
  text: string;
  kind: CodeSpecKind;
  cls: StatusClass;
  /** undefined: any subject. */
  subject?: number;
  /** undefined: any detail. */
  low?: number;
  high?: number;
}

export type CodeSpecResult = { spec: CodeSpec } | { problem: string };

/** Reads a family of codes (`5.7.133`, `5.7.606-649`, `5.7.x`, `5.x.x`), or says what is wrong. */
export function parseCodeSpec(text: string): CodeSpecResult {
  const match = SPEC.exec(text);
  if (!match)
    return { problem: 'expected a status code like 5.7.133, 5.7.606-649, 5.7.x or 5.x.x' };
  const cls = Number(match[1]) as StatusClass;
  const subject = match[2] ?? '';
  const detail = match[3] ?? '';
  if (subject === 'x') {
    if (detail !== 'x')
      return { problem: 'a wildcard subject needs a wildcard detail (5.x.x, not 5.x.1)' };
    return { spec: { text, kind: 'class-wildcard', cls } };
  }
  if (detail === 'x') return { spec: { text, kind: 'subject-wildcard', cls, subject: +subject } };
  const [low = '', high] = detail.split('-');
  if (high !== undefined && Number(low) >= Number(high))
    return { problem: 'a range must go from the lower to the higher number' };
  return {
    spec: {
      text,
      kind: high === undefined ? 'exact' : 'range',
      cls,
      subject: Number(subject),
      low: Number(low),
      high: Number(high ?? low),
    },
  };
}

/** True when a code belongs to the family. */
export function codeSpecMatches(
  spec: CodeSpec,
  code: { cls: number; subject: number; detail: number },
): boolean {
  if (spec.cls !== code.cls) return false;
  if (spec.subject === undefined) return true;
  if (spec.subject !== code.subject) return false;
  if (spec.low === undefined || spec.high === undefined) return true;
  return code.detail >= spec.low && code.detail <= spec.high;
}

/** True for the start of a code, as typed in a search: `5.7`, `5.7.13`, `5.7.133` (not `5`). */
export function isCodePrefix(term: string): boolean {
  return PREFIX.test(term);
}

/**
 * A code or range matches a search term that starts it ("5.7.13" finds 5.7.133); a range also
 * matches every code in it ("5.7.620" finds 5.7.606-649).
 */
export function codeMatchesPrefix(code: string, term: string): boolean {
  if (code.startsWith(term)) return true;
  const wanted = parseStatusCode(term);
  const family = parseCodeSpec(code);
  return !!wanted && 'spec' in family && family.spec.kind === 'range'
    ? codeSpecMatches(family.spec, wanted)
    : false;
}

/** 5.1.1 < 5.7.1 < 5.7.12 < 5.7.133 < 5.7.606-649: by each number, not by text. */
export function compareCodes(a: string, b: string): number {
  // parseInt reads a range ("606-649") by its first number.
  const left = a.split('.').map((part) => parseInt(part, 10));
  const right = b.split('.').map((part) => parseInt(part, 10));
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return a.localeCompare(b);
}
