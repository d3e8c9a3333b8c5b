/**
 * CSV as spreadsheets read it (RFC 4180): every field in double quotes, quotes doubled, CRLF
 * between records, a byte-order mark so Excel reads UTF-8. Text that a spreadsheet would run as
 * a formula (starting with = + - @, or a tab or carriage return that some apps strip first) gets
 * a leading apostrophe, as OWASP's "CSV injection" advice says: the cell then shows as text.
 */

export type CsvValue = string | number;

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as they are, text defused and quoted. */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a header row and the records, with the byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
