import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { fastestCpuMs } from './cpu-time.test-helper';
import {
  ADDRESS,
  ANGLE_RECIPIENT,
  BARE_HOST_LINE,
  BRACKETED_HOST,
  DIAGNOSTIC,
  HOST,
  HOST_BEFORE_HASH,
  HOST_SAID,
  isOpaqueLine,
  MAX_LINE_CHARS,
  RECEIVED_BUILD,
  RECEIVED_BY,
  SMTP_REPLY,
  splitLines,
} from './bounce-patterns';
import { reportVocabulary } from './report-vocabulary';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const vocabulary = reportVocabulary(catalogue);

/**
 * The same number of characters as many short lines and as an eighth as many eight-times-longer
 * ones: linear work takes about as long; quadratic work takes eight times as long (a regex known
 * to be quadratic, /[a-z]*y/ on a run of x, measures about 5 here).
 */
function growth(match: (line: string) => unknown, make: (length: number) => string): number {
  const short = make(MAX_LINE_CHARS / 8);
  const long = make(MAX_LINE_CHARS);
  const shortTime = fastestCpuMs(() => {
    for (let i = 0; i < 160; i += 1) match(short);
  });
  const longTime = fastestCpuMs(() => {
    for (let i = 0; i < 20; i += 1) match(long);
  });
  const ratio = longTime / Math.max(shortTime, 0.05);
  return ratio;
}

const run = (length: number, unit: string, before = '', after = '') =>
  (before + unit.repeat(Math.ceil(length / unit.length))).slice(0, length - after.length) + after;
const global = (pattern: RegExp) => (line: string) => {
  pattern.lastIndex = 0;
  while (pattern.exec(line));
};

describe('every pattern stays linear on long runs of what it repeats', () => {
  it.each<[string, (line: string) => unknown, (length: number) => string]>([
    ['SMTP_REPLY', global(SMTP_REPLY), (n) => run(n, '550 ')],
    ['SMTP_REPLY digits', global(SMTP_REPLY), (n) => run(n, '5')],
    ['DIAGNOSTIC', global(DIAGNOSTIC), (n) => run(n, 'a.', 'RESOLVER.')],
    ['ANGLE_RECIPIENT', (l) => ANGLE_RECIPIENT.exec(l), (n) => run(n, 'a', '<', '@')],
    ['HOST_SAID', (l) => HOST_SAID.exec(l), (n) => run(n, 'a.', 'host ')],
    ['HOST_BEFORE_HASH', (l) => HOST_BEFORE_HASH.exec(l), (n) => run(n, 'a.', '', ' x')],
    ['BRACKETED_HOST', (l) => BRACKETED_HOST.exec(l), (n) => run(n, 'a.', '[')],
    ['RECEIVED_BY', (l) => RECEIVED_BY.exec(l), (n) => run(n, 'a.', 'by ')],
    ['RECEIVED_BUILD', (l) => RECEIVED_BUILD.exec(l), (n) => run(n, '(', 'Microsoft SMTP Server ')],
    ['ADDRESS', (l) => ADDRESS.exec(l), (n) => run(n, 'a.')],
    ['ADDRESS after @', (l) => ADDRESS.exec(l), (n) => run(n, 'b-', 'a@')],
    ['HOST', (l) => HOST.exec(l), (n) => run(n, 'a.', '', '!')],
    ['BARE_HOST_LINE', (l) => BARE_HOST_LINE.exec(l), (n) => run(n, 'a.', '', ' x')],
    ['field labels', (l) => vocabulary.field(l), (n) => run(n, 'generating server ')],
    [
      'recipient intros',
      (l) => vocabulary.recipientIntro(l),
      (n) => run(n, 'delivery has failed '),
    ],
    ['your message to', (l) => vocabulary.yourMessageTo?.exec(l), (n) => run(n, 'your message ')],
    [
      'address before message',
      (l) => vocabulary.addressBeforeMessage?.exec(l),
      (n) => run(n, 'a', '', '@b.c へ'),
    ],
    [
      'gave this error',
      (l) => vocabulary.hostGaveError?.exec(l),
      (n) => run(n, 'a.', '', ' gave this error'),
    ],
    ['subjects', (l) => vocabulary.subject(l), (n) => run(n, 'x', '', ': Undeliverabl')],
  ])('%s', (_name, match, make) => {
    expect(growth(match, make)).toBeLessThan(2.5);
  });

  it('catches a pattern that is not linear (the measure works)', () => {
    expect(
      growth(
        (line) => /[a-z]*y/.exec(line),
        (n) => run(n, 'x'),
      ),
    ).toBeGreaterThan(2.5);
  });
});

describe('isOpaqueLine', () => {
  it('takes a long base64 line for one no stage can read', () => {
    expect(
      isOpaqueLine('PGh0bWw+PGJvZHk+PHA+VGhpcyBpcyBiYXNlNjQtZW5jb2RlZCBmaWxsZXIgdGV4dA=='),
    ).toBe(true);
  });

  it.each([
    'short',
    'Received: from DB9PR02MB7842.eurprd02.prod.outlook.com (2603:10a6:10:2c3::14) by x',
    'Xo5.7.133RESOLVERxRSTxSenderNotAuthenticatedForGroupxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'a@contoso.comaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  ])('reads %j', (line) => {
    expect(isOpaqueLine(line)).toBe(false);
  });
});

describe('splitLines', () => {
  it('splits on CRLF, LF and a lone CR', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('cuts every line to MAX_LINE_CHARS', () => {
    expect(splitLines('x'.repeat(MAX_LINE_CHARS + 10))[0]).toHaveLength(MAX_LINE_CHARS);
  });
});
