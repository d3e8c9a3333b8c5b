/**
 * Test-only reader for PowerShell verbatim (single-quoted) string literals, written from the
 * PowerShell language specification 3.0, §2.3.5.2, independently of the quoting code it checks:
 *
 * ```
 * verbatim-string-literal:
 *     single-quote-character verbatim-string-characters_opt single-quote-character
 * single-quote-character:
 *     ' (U+0027), U+2018, U+2019, U+201A, U+201B
 * verbatim-string-part:
 *     Any Unicode character except single-quote-character
 *     single-quote-character single-quote-character
 * ```
 *
 * The grammar does not say which character of a doubled pair is the value; PowerShell's
 * tokenizer (`Tokenizer.ScanStringLiteral`) keeps the second, and so does this reader.
 * Never imported by application code.
 */

/** Written out again on purpose: the tests must not share the code under test's list. */
const SPEC_SINGLE_QUOTE_CHARACTERS = new Set(['\u0027', '\u2018', '\u2019', '\u201A', '\u201B']);

export function isSpecSingleQuote(char: string | undefined): boolean {
  return char !== undefined && SPEC_SINGLE_QUOTE_CHARACTERS.has(char);
}

export type VerbatimParseResult =
  | {
      ok: true;
      /** The string's value. */
      value: string;
      /** Index just after the closing quote: where the literal ends in `source`. */
      end: number;
    }
  | { ok: false; reason: string };

/**
 * Reads the verbatim string literal that starts at `source[start]`, as PowerShell would: it
 * ends at the first single-quote character that is not followed by another one.
 */
export function parseVerbatimString(source: string, start = 0): VerbatimParseResult {
  if (!isSpecSingleQuote(source[start])) {
    return { ok: false, reason: `no single-quote character at index ${start}` };
  }
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const char = source[i] as string;
    if (isSpecSingleQuote(char)) {
      const next = source[i + 1];
      if (next === undefined || !isSpecSingleQuote(next)) {
        return { ok: true, value, end: i + 1 };
      }
      value += next;
      i += 2;
    } else {
      value += char;
      i += 1;
    }
  }
  return { ok: false, reason: 'the string is not terminated' };
}

/** Lengths of the maximal runs of single-quote characters in `text`. */
export function singleQuoteRunLengths(text: string): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const char of text) {
    if (isSpecSingleQuote(char)) {
      run += 1;
    } else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  if (run > 0) runs.push(run);
  return runs;
}
