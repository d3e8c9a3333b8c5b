import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';

const catalogueText = readFileSync(
  new URL('../../../../content/codes.yaml', import.meta.url),
  'utf8',
);

/** A minimal valid entry, to be broken one field at a time. */
const entry = (overrides: string) => `version: 1
entries:
  - id: sample
    title: Sample
    kind: in-family
    codes: ['5.7.133']
    explanation: { what: Something happened., whoCanFix: The admin. }
    sources: ['https://example.com/page']
${overrides}`;

function problems(yamlText: string): string {
  try {
    parseCodeCatalogue(yamlText, 'content/codes.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('content/codes.yaml', () => {
  const catalogue = parseCodeCatalogue(catalogueText, 'content/codes.yaml');

  it('passes the schema', () => {
    expect(catalogue.entries.length).toBeGreaterThan(20);
  });

  it.each([
    ['5.7.1', 'RESOLVER.RST.AuthRequired'],
    ['5.7.1', 'RESOLVER.RST.NotAuthorized'],
    ['5.1.1', 'User unknown (state 14)'],
    ['5.7.12', ''],
    ['5.7.124', ''],
    ['5.7.129', ''],
    ['5.7.13', ''],
    ['5.7.133', ''],
    ['5.7.134', ''],
    ['5.7.135', ''],
    ['5.7.136', ''],
    ['5.7.193', ''],
    ['5.7.57', ''],
    ['5.7.60', ''],
    ['5.7.3', 'Authentication unsuccessful'],
    ['5.7.30', ''],
    ['5.7.139', ''],
  ])('covers %s %s', (code, text) => {
    const covering = catalogue.entries.filter(
      (candidate) =>
        candidate.kind !== 'unrelated' &&
        candidate.codes.includes(code) &&
        (text === '' || candidate.patterns.some((pattern) => new RegExp(pattern, 'i').test(text))),
    );
    expect(covering.map((candidate) => candidate.id)).not.toEqual([]);
  });

  it('gives every in-family entry a source on Microsoft Learn or Support', () => {
    for (const candidate of catalogue.entries.filter((e) => e.kind === 'in-family')) {
      expect(
        candidate.sources.some((url) => /^https:\/\/(learn|support)\.microsoft\.com\//.test(url)),
        candidate.id,
      ).toBe(true);
    }
  });
});

describe('parseCodeCatalogue', () => {
  it('accepts a minimal valid catalogue', () => {
    expect(problems(entry(''))).toBe('no error');
  });

  it('rejects a pattern that is not a regular expression, naming its path', () => {
    expect(problems(entry("    patterns: ['ok', 'RESOLVER\\.RST\\.(Auth']"))).toBe(
      'content/codes.yaml: entries[0].patterns[1]: invalid regular expression',
    );
  });

  it('rejects a pattern that matches empty text', () => {
    expect(problems(entry("    patterns: ['x*']"))).toBe(
      'content/codes.yaml: entries[0].patterns[0]: pattern matches empty text, so it matches every line',
    );
  });

  it('rejects a pattern with a nested quantifier', () => {
    expect(problems(entry("    patterns: ['(a+)+b']"))).toContain(
      'entries[0].patterns[0]: nested quantifier',
    );
  });

  it('rejects a malformed status code', () => {
    expect(problems(entry('').replace("'5.7.133'", "'5.7.649-606'"))).toContain(
      'entries[0].codes[0]: a range must go from the lower to the higher number',
    );
  });

  it('rejects an unknown recipient slug', () => {
    expect(problems(entry('    answers: { recipient: mailbox }'))).toMatch(
      /^content\/codes\.yaml: entries\[0\]\.answers\.recipient: /,
    );
  });

  it('rejects an ambiguous entry with nothing to ask', () => {
    expect(problems(entry('').replace('kind: in-family', 'kind: ambiguous'))).toBe(
      'content/codes.yaml: entries[0].ask: an ambiguous entry must say what to ask',
    );
  });

  it('rejects an entry that requires a pattern but lists none', () => {
    expect(problems(entry('    requires: pattern'))).toBe(
      'content/codes.yaml: entries[0].patterns: requires pattern but lists no pattern',
    );
  });

  it('rejects an answer and candidates for the same question', () => {
    expect(
      problems(
        entry(
          '    answers: { recipient: mail-user }\n    candidates: { recipient: [user-mailbox, shared-mailbox] }',
        ),
      ),
    ).toBe(
      'content/codes.yaml: entries[0].candidates.recipient: give either answers.recipient or candidates.recipient, not both',
    );
  });

  it('rejects duplicate ids', () => {
    const twice = entry('') + entry('').split('entries:\n')[1];
    expect(problems(twice)).toBe(
      'content/codes.yaml: entries[1].id: duplicate id "sample" (first used by entries[0])',
    );
  });

  it('lists every problem at once', () => {
    const message = problems(
      entry("    patterns: ['(']\n    answers: { platform: exchange-2003 }"),
    );
    expect(message.split('\n')).toHaveLength(2);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(problems('version: 1\nentries: [\n')).toMatch(/^content\/codes\.yaml:\d+:\d+: /);
  });
});
