import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it('quotes every text field and doubles the quotes inside', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('""');
  });

  it('defuses text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvField('+1 555 0100')).toBe('"\'+1 555 0100"');
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    // Only at the start: the same characters inside are harmless.
    expect(csvField('a=b-c+d@e')).toBe('"a=b-c+d@e"');
  });

  it('writes numbers as they are', () => {
    expect(csvField(42)).toBe('42');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(
      toCsv(
        ['A', 'B'],
        [
          ['x', 1],
          ['y, z', 2],
        ],
      ),
    ).toBe('\uFEFF"A","B"\r\n"x",1\r\n"y, z",2\r\n');
  });
});
