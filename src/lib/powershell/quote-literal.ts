/**
 * Quoting values for PowerShell commands.
 *
 * Every value a user types reaches a command only as a PowerShell verbatim (single-quoted)
 * string literal. Inside one, nothing expands: `$name`, `$(...)`, backticks and double quotes are
 * plain characters. The only special characters are the single-quote characters, and PowerShell
 * has five of them (PowerShell language specification 3.0, §2.3.5.2, `single-quote-character`;
 * `CharExtensions.IsSingleQuote` in PowerShell's `CharTraits.cs`):
 *
 * - U+0027 APOSTROPHE `'`
 * - U+2018 LEFT SINGLE QUOTATION MARK `‘`
 * - U+2019 RIGHT SINGLE QUOTATION MARK `’`
 * - U+201A SINGLE LOW-9 QUOTATION MARK `‚`
 * - U+201B SINGLE HIGH-REVERSED-9 QUOTATION MARK `‛`
 *
 * Any of them ends the string unless the next character is also one of them; such a pair stands
 * for one character, and the tokenizer keeps the second of the two (`Tokenizer.ScanStringLiteral`:
 * "the first is the 'escape' and append the second quote"). So each quote character is written
 * twice, itself followed by itself, which reads back as exactly that character. This is the rule
 * PowerShell's own `CodeGeneration.EscapeSingleQuotedStringContent` applies.
 */

/** The five characters PowerShell treats as a single quote, in code-point order. */
export const POWERSHELL_SINGLE_QUOTE_CHARS: readonly string[] = [
  '\u0027',
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
];

const SINGLE_QUOTES = new Set(POWERSHELL_SINGLE_QUOTE_CHARS);

/** Whether `char` (one UTF-16 code unit) is one of PowerShell's single-quote characters. */
export function isPowerShellSingleQuote(char: string): boolean {
  return SINGLE_QUOTES.has(char);
}

/**
 * The content of a verbatim string for `value`: every single-quote character doubled with itself.
 * Only for building a literal by hand; prefer {@link quotePowerShellLiteral}.
 */
export function escapePowerShellSingleQuotedContent(value: string): string {
  let escaped = '';
  // All five quote characters are in the BMP, so walking UTF-16 code units is exact, and it
  // leaves lone surrogates as they are.
  for (let i = 0; i < value.length; i += 1) {
    const char = value.charAt(i);
    escaped += isPowerShellSingleQuote(char) ? char + char : char;
  }
  return escaped;
}

/**
 * `value` as a PowerShell single-quoted string literal that PowerShell reads back as exactly
 * `value`, whatever it contains: `O'Brien` becomes `'O''Brien'`, `$(Remove-Item x)` becomes
 * `'$(Remove-Item x)'` and runs nothing.
 */
export function quotePowerShellLiteral(value: string): string {
  return `'${escapePowerShellSingleQuotedContent(value)}'`;
}
