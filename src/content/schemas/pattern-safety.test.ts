import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { backtrackingProblem } from './pattern-safety';

describe('backtrackingProblem', () => {
  it.each([
    'RESOLVER\\.RST\\.AuthRequired',
    'User unknown \\(state 14\\)',
    'Client host \\[[^\\]]{1,64}\\] blocked using',
    'RESOLVER\\.ADR\\.(?:Ex)?RecipNotFound',
    'mailbox (?:is )?full',
    'Service unavailable[;,] Client host',
    'isn.t a group member',
    '^\\s*Status: 5',
    'a\\s+b\\s+c',
    '(?<=x)y(?!z)',
  ])('accepts %s', (source) => {
    expect(backtrackingProblem(source)).toBeUndefined();
  });

  it.each([
    ['(a+)+b', 'nested quantifier'],
    ['(\\w*)*x', 'nested quantifier'],
    ['x(?:a{2,5})+', 'nested quantifier'],
    ['x(a|ab)+c', 'alternatives that can start alike'],
    ['x(?:\\w|\\d)*y', 'alternatives that can start alike'],
    ['x\\s*\\s*y', 'two long repeats'],
    ['x.*a.*b', 'two long repeats'],
    ['x\\w+\\d+', 'two long repeats'],
    ['.*failed', 'starts with a long repeat'],
    ['\\w+@contoso', 'starts with a long repeat'],
    ['(unclosed', 'cannot be checked'],
  ])('refuses %s', (source, problem) => {
    expect(backtrackingProblem(source)).toContain(problem);
  });

  it('accepts every pattern of content/codes.yaml', () => {
    const file = readFileSync(new URL('../../../content/codes.yaml', import.meta.url), 'utf8');
    const entries = (parseDocument(file).toJS() as { entries: Array<{ patterns?: string[] }> })
      .entries;
    const patterns = entries.flatMap((entry) => entry.patterns ?? []);
    expect(patterns.length).toBeGreaterThan(30);
    expect(patterns.filter((source) => backtrackingProblem(source) !== undefined)).toEqual([]);
  });
});
