/**
 * A small build-time check that a catalogue pattern (a JavaScript regular expression source,
 * matched case-insensitively on one line at a time) cannot backtrack super-linearly. It parses
 * the source into sequences, alternatives and repeats over sets of characters, and refuses the
 * shapes that make a backtracking engine slow:
 *
 * - a repeat inside a repeat, `(a+)+` or `(\w*)*` (exponential);
 * - alternatives that can start alike under a repeat, `(a|ab)+` or `(\w|\d)*` (exponential);
 * - two long repeats in one sequence that can match the same characters, with nothing between
 *   them the first could not match too, `\s*\s*` or `.*a.*` (polynomial);
 * - a long repeat first in a pattern that is not anchored, `.*x` or `\w+@` (quadratic: the
 *   search retries it at every position).
 *
 * It is conservative (a pattern it cannot read is refused) and runs only when the content is
 * built, never in the browser. Characters are modelled as the 128 ASCII ones plus "any other".
 */

/** Repeats longer than this count as long (`{0,100}` is fine on a 4,000-character line). */
const LONG_REPEAT = 100;
const OTHER = 128;

type CharSet = boolean[];

interface Term {
  /** The characters the term can start with (for a group, any of its alternatives). */
  first: CharSet;
  /** Every character the term can match anywhere. */
  all: CharSet;
  min: number;
  max: number;
  /** For a group: its alternatives. */
  alternatives?: Term[][];
  /** True for ^, $, \b and lookarounds: they match no character. */
  zeroWidth?: boolean;
  /** True for ^. */
  anchor?: boolean;
}

const emptySet = (): CharSet => new Array<boolean>(OTHER + 1).fill(false);
const fullSet = (): CharSet => new Array<boolean>(OTHER + 1).fill(true);
const union = (a: CharSet, b: CharSet): CharSet => a.map((value, i) => value || !!b[i]);
const overlaps = (a: CharSet, b: CharSet) => a.some((value, i) => value && b[i]);
const within = (a: CharSet, b: CharSet) => a.every((value, i) => !value || b[i]);

function setOf(test: (code: number) => boolean, other: boolean): CharSet {
  const set = emptySet();
  for (let code = 0; code < OTHER; code += 1) set[code] = test(code);
  set[OTHER] = other;
  return set;
}
const CLASS_SETS: Record<string, () => CharSet> = {
  d: () => setOf((c) => c >= 48 && c <= 57, false),
  w: () => setOf((c) => /\w/.test(String.fromCharCode(c)), false),
  s: () => setOf((c) => /\s/.test(String.fromCharCode(c)), true),
};

function negate(set: CharSet): CharSet {
  return set.map((value) => !value);
}

/** The set of one character, both cases (patterns are matched case-insensitively). */
function charSet(char: string): CharSet {
  const set = emptySet();
  for (const variant of [char, char.toLowerCase(), char.toUpperCase()]) {
    const code = variant.charCodeAt(0);
    if (code < OTHER) set[code] = true;
    else set[OTHER] = true;
  }
  return set;
}

class Unreadable extends Error {}

/** A recursive-descent reader of the regular-expression grammar, enough for these checks. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const alternatives = this.alternatives();
    if (this.at < this.source.length) throw new Unreadable();
    return alternatives;
  }

  private alternatives(): Term[][] {
    const branches: Term[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (
      this.at < this.source.length &&
      this.source[this.at] !== '|' &&
      this.source[this.at] !== ')'
    ) {
      const term = this.atom();
      this.quantifier(term);
      terms.push(term);
    }
    return terms;
  }

  private atom(): Term {
    const char = this.source[this.at] ?? '';
    this.at += 1;
    if (char === '(') return this.group();
    if (char === '[') return single(this.charClass());
    if (char === '.') return single(fullSet());
    if (char === '^') return { ...single(emptySet()), zeroWidth: true, anchor: true };
    if (char === '$') return { ...single(emptySet()), zeroWidth: true };
    if (char === '\\') return this.escape();
    return single(charSet(char));
  }

  private group(): Term {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) {
      const end = this.source.indexOf('>', this.at);
      if (end === -1) throw new Unreadable();
      this.at = end + 1;
    }
    const alternatives = this.alternatives();
    if (this.source[this.at] !== ')') throw new Unreadable();
    this.at += 1;
    if (lookaround) return { ...single(emptySet()), zeroWidth: true };
    const first = alternatives.reduce((set, branch) => union(set, firstOf(branch)), emptySet());
    const all = alternatives.flat().reduce((set, term) => union(set, term.all), emptySet());
    return { first, all, min: 1, max: 1, alternatives };
  }

  private escape(): Term {
    const char = this.source[this.at] ?? '';
    this.at += 1;
    const lower = char.toLowerCase();
    if (CLASS_SETS[lower]) {
      const set = CLASS_SETS[lower]();
      return single(char === lower ? set : negate(set));
    }
    if (char === 'b' || char === 'B') return { ...single(emptySet()), zeroWidth: true };
    // Backreferences and other escapes that stand for varying text: any character.
    if (/[1-9k]/.test(char)) return single(fullSet());
    if (char === 'x' || char === 'u' || char === 'c' || char === 'p' || char === 'P')
      return single(fullSet());
    const controls: Record<string, string> = {
      n: '\n',
      r: '\r',
      t: '\t',
      f: '\f',
      v: '\v',
      '0': '\0',
    };
    return single(charSet(controls[char] ?? char));
  }

  private charClass(): CharSet {
    let set = emptySet();
    const negated = this.source[this.at] === '^';
    if (negated) this.at += 1;
    let previous: number | undefined;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let char = this.source[this.at] ?? '';
      this.at += 1;
      if (char === '\\') {
        const escaped = this.source[this.at] ?? '';
        this.at += 1;
        const lower = escaped.toLowerCase();
        if (CLASS_SETS[lower]) {
          const named = CLASS_SETS[lower]();
          set = union(set, escaped === lower ? named : negate(named));
          previous = undefined;
          continue;
        }
        if (/[xupPc]/.test(escaped)) {
          set = union(set, fullSet());
          previous = undefined;
          continue;
        }
        char = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' }[escaped] ?? escaped;
      } else if (char === '-' && previous !== undefined && this.source[this.at] !== ']') {
        const end = (this.source[this.at] ?? '').charCodeAt(0);
        this.at += 1;
        for (let code = previous; code <= end; code += 1)
          set = union(set, code < OTHER ? charSet(String.fromCharCode(code)) : charSet('\u0100'));
        previous = undefined;
        continue;
      }
      set = union(set, charSet(char));
      previous = char.charCodeAt(0);
    }
    if (this.source[this.at] !== ']') throw new Unreadable();
    this.at += 1;
    return negated ? negate(set) : set;
  }

  private quantifier(term: Term): void {
    const rest = this.source.slice(this.at);
    const brace = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    let min: number;
    let max: number;
    if (rest[0] === '*' || rest[0] === '+' || rest[0] === '?') {
      min = rest[0] === '+' ? 1 : 0;
      max = rest[0] === '?' ? 1 : Infinity;
      this.at += 1;
    } else if (brace) {
      min = Number(brace[1]);
      max = brace[2] === undefined ? min : brace[3] ? Number(brace[3]) : Infinity;
      this.at += brace[0].length;
    } else {
      return;
    }
    if (this.source[this.at] === '?') this.at += 1;
    term.min *= min;
    term.max *= max;
  }
}

function single(set: CharSet): Term {
  return { first: set, all: set, min: 1, max: 1 };
}

/** What a sequence can start with: its first terms, as far as they may match nothing. */
function firstOf(sequence: readonly Term[]): CharSet {
  let set = emptySet();
  for (const term of sequence) {
    set = union(set, term.first);
    if (!term.zeroWidth && term.min > 0) break;
  }
  return set;
}

const isLong = (term: Term) => term.max > LONG_REPEAT;
const repeats = (term: Term) => term.max > 1;
const matchesText = (term: Term) => term.all.some(Boolean);

function nestedRepeat(term: Term): boolean {
  return (term.alternatives ?? []).some((branch) =>
    branch.some((inner) => (repeats(inner) && matchesText(inner)) || nestedRepeat(inner)),
  );
}

function ambiguousAlternatives(term: Term): boolean {
  const branches = term.alternatives ?? [];
  for (let i = 0; i < branches.length; i += 1)
    for (let j = i + 1; j < branches.length; j += 1)
      if (overlaps(firstOf(branches[i] ?? []), firstOf(branches[j] ?? []))) return true;
  return false;
}

/** Two long repeats that can match the same characters, with only such characters between. */
function neighbouringRepeats(sequence: readonly Term[]): boolean {
  for (let i = 0; i < sequence.length; i += 1) {
    const first = sequence[i];
    if (!first || !isLong(first)) continue;
    for (let j = i + 1; j < sequence.length; j += 1) {
      const next = sequence[j];
      if (!next) break;
      if (isLong(next) && overlaps(first.all, next.all)) return true;
      if (!next.zeroWidth && !within(next.all, first.all)) break;
    }
  }
  return false;
}

/** Why the pattern can take super-linear time, or undefined when it cannot. */
export function backtrackingProblem(source: string): string | undefined {
  let top: Term[][];
  try {
    top = new Reader(source).parse();
  } catch {
    return 'cannot be checked for slow backtracking; write it more simply';
  }
  const problems: string[] = [];
  const visit = (sequence: readonly Term[]) => {
    if (neighbouringRepeats(sequence))
      problems.push(
        'two long repeats next to each other can match the same characters (like \\s*\\s* or .*a.*); that takes polynomial time: rewrite it',
      );
    for (const term of sequence) {
      if (repeats(term) && nestedRepeat(term))
        problems.push('nested quantifier (like (a+)+) can take exponential time; rewrite it');
      else if (repeats(term) && ambiguousAlternatives(term))
        problems.push(
          'alternatives that can start alike under a repeat (like (a|ab)+) can take exponential time; rewrite it',
        );
      for (const branch of term.alternatives ?? []) visit(branch);
    }
  };
  for (const branch of top) {
    visit(branch);
    const lead = branch.find((term) => !term.zeroWidth);
    const anchored = branch.some((term) => term.anchor);
    if (lead && isLong(lead) && !anchored)
      problems.push(
        'starts with a long repeat (like .*x or \\w+@), which the search retries at every position; that takes quadratic time: start with fixed text',
      );
  }
  return problems[0];
}
