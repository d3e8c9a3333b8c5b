import { describe, expect, it } from 'vitest';
import {
  codeMatchesPrefix,
  codeSpecMatches,
  compareCodes,
  findStatusCodes,
  isCodePrefix,
  isFailureCode,
  isStatusCode,
  parseCodeSpec,
  parseStatusCode,
  type CodeSpec,
} from './status-code';

function spec(text: string): CodeSpec {
  const result = parseCodeSpec(text);
  if (!('spec' in result)) throw new Error(result.problem);
  return result.spec;
}

describe('parseStatusCode', () => {
  it.each([
    ['5.7.133', { text: '5.7.133', cls: 5, subject: 7, detail: 133 }],
    ['4.4.7', { text: '4.4.7', cls: 4, subject: 4, detail: 7 }],
    ['2.0.0', { text: '2.0.0', cls: 2, subject: 0, detail: 0 }],
  ])('reads %s', (text, code) => {
    expect(parseStatusCode(text)).toEqual(code);
  });

  it.each(['3.1.1', '5.7', '5.7.1234', '5.1000.1', ' 5.7.1', '5.7.x', '55.7.1'])(
    'refuses %j',
    (text) => {
      expect(parseStatusCode(text)).toBeUndefined();
      expect(isStatusCode(text)).toBe(false);
    },
  );
});

describe('findStatusCodes', () => {
  it.each([
    ['550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup', ['5.7.133']],
    ['550-5.7.1 and 5.1.1, then 2.0.0', ['5.7.1', '5.1.1', '2.0.0']],
    ['#550 5.7.12 Sender was not authenticated.', ['5.7.12']],
    ['Status: 5.7.1.', ['5.7.1']],
    ['from host (10.5.7.129) id 15.20.7918.24 version 15.7.1 or 5.7.1234 or 2.5.4.1.7', []],
    ['5.7.1..2', ['5.7.1']],
  ])('finds the codes in %j', (text, codes) => {
    expect(findStatusCodes(text).map((code) => code.text)).toEqual(codes);
  });

  it('gives each code its place in the text', () => {
    expect(findStatusCodes('x 4.2.2 y')).toEqual([
      { text: '4.2.2', cls: 4, subject: 2, detail: 2, start: 2, end: 7 },
    ]);
  });

  it('stops at the limit', () => {
    expect(findStatusCodes('5.1.1 5.1.2 5.1.3', 2)).toHaveLength(2);
  });

  it('stays fast on a long run of digits and dots', () => {
    const start = performance.now();
    expect(findStatusCodes(`${'5.'.repeat(200_000)}7`)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('isFailureCode', () => {
  it('counts classes 4 and 5 as failures, not 2', () => {
    expect([2, 4, 5].map((cls) => isFailureCode({ cls: cls as 2 | 4 | 5 }))).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('parseCodeSpec', () => {
  it.each([
    ['5.7.133', 'exact'],
    ['5.7.606-649', 'range'],
    ['5.7.x', 'subject-wildcard'],
    ['5.x.x', 'class-wildcard'],
    ['2.0.0', 'exact'],
  ])('reads %s as %s', (text, kind) => {
    expect(spec(text).kind).toBe(kind);
  });

  it.each([
    ['5.7', 'expected a status code like 5.7.133, 5.7.606-649, 5.7.x or 5.x.x'],
    ['3.1.1', 'expected a status code like 5.7.133, 5.7.606-649, 5.7.x or 5.x.x'],
    ['5.7.649-606', 'a range must go from the lower to the higher number'],
    ['5.7.606-606', 'a range must go from the lower to the higher number'],
    ['5.x.1', 'a wildcard subject needs a wildcard detail (5.x.x, not 5.x.1)'],
  ])('refuses %s: %s', (text, problem) => {
    expect(parseCodeSpec(text)).toEqual({ problem });
  });
});

describe('codeSpecMatches', () => {
  const code = (text: string) => {
    const parsed = parseStatusCode(text);
    if (!parsed) throw new Error(text);
    return parsed;
  };
  it.each([
    ['5.7.133', '5.7.133', true],
    ['5.7.133', '5.7.13', false],
    ['5.7.606-649', '5.7.606', true],
    ['5.7.606-649', '5.7.649', true],
    ['5.7.606-649', '5.7.650', false],
    ['5.7.606-649', '5.6.620', false],
    ['5.7.x', '5.7.1', true],
    ['5.7.x', '5.1.1', false],
    ['5.x.x', '5.1.1', true],
    ['5.x.x', '4.1.1', false],
  ])('%s against %s: %s', (family, text, expected) => {
    expect(codeSpecMatches(spec(family), code(text))).toBe(expected);
  });
});

describe('search prefixes', () => {
  it.each([
    ['5.7', true],
    ['5.7.13', true],
    ['5.7.133', true],
    ['5', false],
    ['2010', false],
    ['5.7.1.2', false],
  ])('%s is a code prefix: %s', (term, expected) => {
    expect(isCodePrefix(term)).toBe(expected);
  });

  it.each([
    ['5.7.133', '5.7.13', true],
    ['5.7.133', '5.7.134', false],
    ['5.7.606-649', '5.7.6', true],
    ['5.7.606-649', '5.7.620', true],
    ['5.7.606-649', '5.7.650', false],
    ['5.7.606-649', '5.6.620', false],
  ])('%s matches %s: %s', (code, term, expected) => {
    expect(codeMatchesPrefix(code, term)).toBe(expected);
  });
});

describe('compareCodes', () => {
  it('orders codes by number, part by part, ranges by their first number', () => {
    const codes = ['5.7.133', '5.7.606-649', '5.7.12', '5.1.1', '4.4.7', '5.7.1', '5.7.60'];
    expect(codes.sort(compareCodes)).toEqual([
      '4.4.7',
      '5.1.1',
      '5.7.1',
      '5.7.12',
      '5.7.60',
      '5.7.133',
      '5.7.606-649',
    ]);
  });
});
