import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSpecSingleQuote,
  parseVerbatimString,
  singleQuoteRunLengths,
} from './parse-verbatim-string.test-helper';
import {
  escapePowerShellSingleQuotedContent,
  isPowerShellSingleQuote,
  POWERSHELL_SINGLE_QUOTE_CHARS,
  quotePowerShellLiteral,
} from './quote-literal';

/** Characters and fragments that matter to PowerShell, to bias generated strings towards trouble. */
const hostileUnit = fc.constantFrom(
  "'",
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  "''",
  '"',
  '\u201C',
  '\u201D',
  '\u201E',
  '$',
  '$(',
  ')',
  '$env:PATH',
  '`',
  '`n',
  '@',
  '@(',
  '{',
  '}',
  ';',
  '|',
  '&',
  '#',
  '<#',
  '#>',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\0',
  ' ',
  'Remove-Item C:\\ -Recurse',
  'a',
  'é',
  '\u{1F600}',
);

const anyCodeUnit = fc
  .integer({ min: 0, max: 0xffff })
  .map((codeUnit) => String.fromCharCode(codeUnit));

/** Arbitrary strings: whole code points, raw UTF-16 (lone surrogates too), and hostile mixes. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: anyCodeUnit }),
  fc.string({ unit: hostileUnit, maxLength: 40 }),
  fc.string({ unit: fc.oneof(hostileUnit, fc.string({ unit: 'binary', maxLength: 1 })) }),
);

describe('quotePowerShellLiteral', () => {
  it.each([
    ['an empty string', '', "''"],
    ['a plain name', 'Sales Team', "'Sales Team'"],
    ['an apostrophe', "O'Brien", "'O''Brien'"],
    ['typographic quotes', '\u2018curly\u2019', "'\u2018\u2018curly\u2019\u2019'"],
    ['a low-9 and a reversed-9 quote', '\u201Alow\u201B', "'\u201A\u201Alow\u201B\u201B'"],
    ['a run of mixed quotes', "'\u2019", "'''\u2019\u2019'"],
    ['a subexpression', '$(Remove-Item C:\\ -Recurse)', "'$(Remove-Item C:\\ -Recurse)'"],
    ['a variable and a backtick', '$env:USERNAME`n', "'$env:USERNAME`n'"],
    ['double quotes, plain and typographic', '"a" \u201Cb\u201D', '\'"a" \u201Cb\u201D\''],
  ])('quotes %s', (_label, input, expected) => {
    expect(quotePowerShellLiteral(input)).toBe(expected);
  });

  it('doubles each of the five single-quote characters with itself', () => {
    expect(POWERSHELL_SINGLE_QUOTE_CHARS.map((quote) => escapePowerShellSingleQuotedContent(quote)))
      .toMatchInlineSnapshot(`
        [
          "''",
          "‘‘",
          "’’",
          "‚‚",
          "‛‛",
        ]
      `);
  });

  it('treats exactly the characters the language specification lists as single quotes', () => {
    const disagreements: string[] = [];
    for (let codeUnit = 0; codeUnit <= 0xffff; codeUnit += 1) {
      const char = String.fromCharCode(codeUnit);
      if (isPowerShellSingleQuote(char) !== isSpecSingleQuote(char)) {
        disagreements.push(codeUnit.toString(16));
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('reads back as exactly the input, for any string', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const quoted = quotePowerShellLiteral(input);
        expect(parseVerbatimString(quoted)).toEqual({ ok: true, value: input, end: quoted.length });
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a value end the string early, even with a command after it', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const command = `Set-Mailbox -Identity ${quotePowerShellLiteral(input)} -WhatIf`;
        const start = 'Set-Mailbox -Identity '.length;
        const parsed = parseVerbatimString(command, start);
        expect(parsed.ok && parsed.value === input).toBe(true);
        expect(parsed.ok && command.slice(parsed.end)).toBe(' -WhatIf');
      }),
      { numRuns: 1000 },
    );
  });

  it('never leaves an odd run of quote characters inside the literal', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const inside = quotePowerShellLiteral(input).slice(1, -1);
        expect(singleQuoteRunLengths(inside).every((run) => run % 2 === 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves every character other than a single quote as it is', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const withoutQuotes = [...input].filter((char) => !isSpecSingleQuote(char)).join('');
        expect(quotePowerShellLiteral(withoutQuotes)).toBe(`'${withoutQuotes}'`);
      }),
    );
  });
});

describe('parseVerbatimString (the test parser)', () => {
  it.each([
    ['ends at the first lone quote', "'a'b'", { ok: true, value: 'a', end: 3 }],
    ['reads a doubled quote as one', "'a''b'", { ok: true, value: "a'b", end: 6 }],
    ['keeps the second of a mixed pair', "'a'\u2019b'", { ok: true, value: 'a\u2019b', end: 6 }],
    ['opens and closes on typographic quotes', '\u2018x\u2019', { ok: true, value: 'x', end: 3 }],
    ['reads three quotes before the end as one quote', "''''", { ok: true, value: "'", end: 4 }],
    ['reads an empty literal', "''", { ok: true, value: '', end: 2 }],
  ])('%s', (_label, source, expected) => {
    expect(parseVerbatimString(source)).toEqual(expected);
  });

  it.each([
    ['an unterminated string', "'abc"],
    ['a string whose last quote is doubled', "'abc''"],
    ['text without an opening quote', 'abc'],
  ])('rejects %s', (_label, source) => {
    expect(parseVerbatimString(source).ok).toBe(false);
  });
});
