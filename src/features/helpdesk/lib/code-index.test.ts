import { describe, expect, it } from 'vitest';
import type { CodeCatalogue } from '../../../content/codes-schema';
import { codeSourcesFromCatalogue } from './code-index';
import { searchTerms } from './search-text';

const entry = (
  id: string,
  kind: CodeCatalogue['entries'][number]['kind'],
  codes: string[],
): CodeCatalogue['entries'][number] => ({
  id,
  title: `Title of ${id}`,
  kind,
  codes,
  patterns: [],
  requires: 'code',
  explanation: { what: '', whoCanFix: '' },
  answers: {},
  candidates: {},
  sources: ['https://learn.microsoft.com/example'],
});

describe('codeSourcesFromCatalogue', () => {
  it('takes exact codes and ranges with their meaning, and leaves out catch-all families', () => {
    const catalogue: CodeCatalogue = {
      version: 1,
      entries: [
        { ...entry('group-only', 'in-family', ['5.7.133']), patterns: ['RESOLVER\\.RST\\.X'] },
        entry('banned-ip', 'unrelated', ['5.7.606-649']),
        entry('generic', 'unrelated', ['5.7.x', '5.x.x']),
      ],
    };
    expect(codeSourcesFromCatalogue(catalogue)).toEqual([
      {
        code: '5.7.133',
        meaning: { text: 'Title of group-only', unrelated: false },
        fixIds: [],
        searchWords: ['RESOLVER.RST.X'],
      },
      {
        code: '5.7.606-649',
        meaning: { text: 'Title of banned-ip', unrelated: true },
        fixIds: [],
        searchWords: [],
      },
    ]);
  });
});

describe('searchTerms', () => {
  it('splits a pasted bounce line into words, without punctuation or the SMTP reply code', () => {
    expect(searchTerms('550 5.7.133, RESOLVER.RST.SenderNotAuthenticatedForGroup;')).toEqual([
      '5.7.133',
      'resolver.rst.sendernotauthenticatedforgroup',
    ]);
  });
});
