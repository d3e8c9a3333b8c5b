import { describe, expect, it } from 'vitest';
import { enumeratePositions } from '../../../content/enumerate-positions';
import { fixSummary } from '../../../content/fix-summary.test-helper';
import type { FixSummary, Tree } from '../../../content/model';
import {
  buildFixIndex,
  filterFixIndex,
  resultsSentence,
  rowsNote,
  type FilteredFixIndex,
  type FixIndex,
} from './fix-index';
import type { FixFilters } from './fix-filters';

const tree: Tree = {
  start: 'role',
  questions: {
    role: {
      id: 'role',
      key: 'role',
      title: 'Who?',
      shortTitle: 'You',
      options: [
        { slug: 'sender', label: 'I got a bounce', explanation: '' },
        { slug: 'admin', label: 'I run Exchange', explanation: '', next: 'recipient' },
        { slug: 'app', label: 'An app sends', explanation: '', next: 'app-platform' },
      ],
    },
    recipient: {
      id: 'recipient',
      key: 'recipient',
      title: 'Which recipient?',
      shortTitle: 'Recipient',
      fixesFilter: 'Recipient type',
      options: [
        {
          slug: 'distribution-group',
          label: 'Distribution group',
          explanation: '',
          next: 'platform',
        },
        { slug: 'mail-user', label: 'Mail user', explanation: '', next: 'platform' },
      ],
    },
    platform: {
      id: 'platform',
      key: 'platform',
      title: 'Which Exchange?',
      shortTitle: 'Exchange',
      fixesFilter: 'Exchange version',
      options: [
        { slug: 'exchange-online', label: 'Exchange Online', explanation: '', next: 'surface' },
        { slug: 'exchange-2010', label: 'Exchange 2010', explanation: '', next: 'surface' },
      ],
    },
    surface: {
      id: 'surface',
      key: 'surface',
      title: 'Which tool?',
      shortTitle: 'Tool',
      fixesFilter: 'Admin tool',
      options: [
        { slug: 'powershell', label: 'PowerShell', explanation: '' },
        { slug: 'emc', label: 'Management Console', explanation: '' },
      ],
    },
    'app-platform': {
      id: 'app-platform',
      key: 'platform',
      title: 'Where?',
      shortTitle: 'Exchange',
      options: [
        { slug: 'exchange-online', label: 'Exchange Online (app)', explanation: '' },
        { slug: 'exchange-2010', label: 'Exchange 2010 (app)', explanation: '' },
      ],
    },
  },
};

const fix = (id: string, appliesTo: FixSummary['appliesTo'], codes: string[], title = id) =>
  fixSummary(id, { title, summary: `Summary of ${id}.`, appliesTo, codes });

const fixes: FixSummary[] = [
  fix(
    'sender-page',
    { role: ['sender'] },
    ['5.7.1', '5.7.133', '5.7.136'],
    'What the bounce means',
  ),
  fix(
    'shell-anywhere',
    { role: ['admin'], recipient: ['distribution-group', 'mail-user'], surface: ['powershell'] },
    ['5.7.133', '5.7.136'],
    'Open the recipient with PowerShell',
  ),
  fix(
    'console-2010',
    { role: ['admin'], platform: ['exchange-2010'], surface: ['emc'] },
    ['5.7.1'],
    'Open the group in the console',
  ),
  fix(
    'app-online',
    { role: ['app'], platform: ['exchange-online'] },
    ['5.7.12'],
    'Make the app sign in',
  ),
  fix('app-2010', { role: ['app'], platform: ['exchange-2010'] }, ['5.7.1'], 'Relay the app'),
];

const index = buildFixIndex({ tree, fixes, positions: enumeratePositions({ tree, fixes }) });

/** "Group › Subgroup: fix-id path" for each visible entry. */
function outline(result: FixIndex): string[] {
  return result.groups.flatMap((group) =>
    group.subgroups.flatMap((subgroup) =>
      subgroup.entries.map(
        (entry) => `${group.label} › ${subgroup.label}: ${entry.fixId} ${entry.path}`,
      ),
    ),
  );
}

describe('buildFixIndex', () => {
  it('groups fix pages by the recipient types and platforms they apply to, in tree order', () => {
    expect(outline(index)).toEqual([
      'Distribution group › Any Exchange version: shell-anywhere /admin/distribution-group/exchange-online/powershell',
      'Mail user › Any Exchange version: shell-anywhere /admin/mail-user/exchange-online/powershell',
      'Any recipient type › Exchange Online: app-online /app/exchange-online',
      'Any recipient type › Exchange 2010: console-2010 /admin/distribution-group/exchange-2010/emc',
      'Any recipient type › Exchange 2010: app-2010 /app/exchange-2010',
      'Any recipient type › Any Exchange version: sender-page /sender',
    ]);
  });

  it('gives each entry the answers its headings do not already say', () => {
    const entry = index.groups[0]?.subgroups[0]?.entries[0];
    expect(entry?.context).toEqual(['I run Exchange', 'PowerShell']);
  });

  it('lists every code the fix pages name, in numeric order, with the pages that fix it', () => {
    expect(index.codes.map((entry) => entry.code)).toEqual([
      '5.7.1',
      '5.7.12',
      '5.7.133',
      '5.7.136',
    ]);
    expect(index.codes[0]?.fixes.map((entry) => `${entry.fixId} ${entry.path}`)).toEqual([
      'sender-page /sender',
      'console-2010 /admin/distribution-group/exchange-2010/emc',
      'app-2010 /app/exchange-2010',
    ]);
  });

  it('adds codes from other sources, such as the catalogue, with their meanings', () => {
    const withCatalogue = buildFixIndex({
      tree,
      fixes,
      positions: enumeratePositions({ tree, fixes }),
      codeSources: [
        { code: '5.7.136', meaning: { text: 'Mail user only', unrelated: false }, fixIds: [] },
        { code: '5.7.136', meaning: { text: 'Mail user only', unrelated: false }, fixIds: [] },
        { code: '5.2.2', meaning: { text: 'Mailbox full', unrelated: true }, fixIds: [] },
        { code: '5.7.606-649', meaning: { text: 'Banned IP', unrelated: true }, fixIds: [] },
      ],
    });
    expect(withCatalogue.codes.map((entry) => entry.code)).toEqual([
      '5.2.2',
      '5.7.1',
      '5.7.12',
      '5.7.133',
      '5.7.136',
      '5.7.606-649',
    ]);
    expect(withCatalogue.codes.find((entry) => entry.code === '5.7.136')).toMatchObject({
      meanings: [{ text: 'Mail user only', unrelated: false }],
      fixes: [{ fixId: 'sender-page' }, { fixId: 'shell-anywhere' }],
    });
  });
});

describe('filterFixIndex', () => {
  const withCatalogue = buildFixIndex({
    tree,
    fixes,
    positions: enumeratePositions({ tree, fixes }),
    codeSources: [
      {
        code: '5.2.2',
        meaning: { text: 'The mailbox is full', unrelated: true },
        fixIds: [],
        searchWords: ['MailboxFull; quota exceeded'],
      },
      { code: '5.7.606-649', meaning: { text: 'Banned IP', unrelated: true }, fixIds: [] },
    ],
  });

  const ids = (result: FilteredFixIndex) => [
    ...new Set(outline(result).map((line) => line.split(': ')[1]?.split(' ')[0])),
  ];

  it('shows everything for an empty search', () => {
    const result = filterFixIndex(index, '  ');
    expect(result.fixCount).toBe(fixes.length);
    expect(result.codeCount).toBe(4);
  });

  it('finds pages and codes by an exact code', () => {
    const result = filterFixIndex(index, '5.7.136');
    expect(ids(result)).toEqual(['shell-anywhere', 'sender-page']);
    expect(result.codes.map((entry) => entry.code)).toEqual(['5.7.136']);
    expect(result.fixCount).toBe(2);
  });

  it('treats a partial code as a prefix', () => {
    const result = filterFixIndex(index, '5.7.13');
    expect(result.codes.map((entry) => entry.code)).toEqual(['5.7.133', '5.7.136']);
    expect(ids(filterFixIndex(index, '5.7.1'))).toHaveLength(fixes.length);
  });

  it('ignores the basic SMTP code of a pasted bounce line', () => {
    expect(ids(filterFixIndex(index, '550 5.7.12,'))).toEqual(['app-online']);
  });

  it('finds pages by recipient type, with or without the hyphen', () => {
    expect(ids(filterFixIndex(index, 'mail user'))).toEqual(['shell-anywhere']);
    expect(ids(filterFixIndex(index, 'Mail-User'))).toEqual(['shell-anywhere']);
    expect(filterFixIndex(index, 'mail user').codeCount).toBe(0);
  });

  it('requires every word to match, across title, summary and labels', () => {
    expect(ids(filterFixIndex(index, 'app sign'))).toEqual(['app-online']);
    expect(ids(filterFixIndex(index, 'console 2010'))).toEqual(['console-2010']);
    expect(ids(filterFixIndex(index, 'powershell 5.7.133'))).toEqual(['shell-anywhere']);
    expect(filterFixIndex(index, 'powershell 5.7.12').fixCount).toBe(0);
  });

  it('matches what an entry shows, not the path its link happens to take', () => {
    // shell-anywhere applies to every platform; its link goes through Exchange Online.
    expect(ids(filterFixIndex(index, 'exchange online'))).toEqual(['app-online']);
  });

  it('treats a year as a word, not as a code', () => {
    expect(ids(filterFixIndex(index, '2010'))).toEqual(['console-2010', 'app-2010']);
  });

  it('finds a code by what it means, and a code inside a range', () => {
    const full = filterFixIndex(withCatalogue, 'mailbox full');
    expect(full.codes.map((entry) => entry.code)).toEqual(['5.2.2']);
    expect(full.fixCount).toBe(0);
    expect(filterFixIndex(withCatalogue, '550 5.2.2 MailboxFull;').codeCount).toBe(1);
    expect(filterFixIndex(withCatalogue, '5.7.620').codes.map((entry) => entry.code)).toEqual([
      '5.7.606-649',
    ]);
    expect(filterFixIndex(withCatalogue, '5.7.650').codeCount).toBe(0);
  });

  it('finds nothing for unknown words', () => {
    const result = filterFixIndex(index, 'zebra');
    expect(result.groups).toEqual([]);
    expect(result.fixCount).toBe(0);
  });
});

describe('resultsSentence', () => {
  const sentence = (fixCount: number, codeCount: number) =>
    resultsSentence({
      groups: [],
      codes: [],
      filters: [],
      fixCount,
      rowCount: fixCount,
      codeCount,
    });

  it('counts pages and codes', () => {
    expect(sentence(12, 0)).toBe('12 fix pages match');
    expect(sentence(1, 0)).toBe('1 fix page matches');
    expect(sentence(0, 0)).toBe('0 fix pages match');
    expect(sentence(2, 1)).toBe('2 fix pages and 1 bounce code match');
    expect(sentence(1, 3)).toBe('1 fix page and 3 bounce codes match');
  });
});

describe('filterFixIndex with filter chips', () => {
  const shown = (filters: FixFilters, query = '') => {
    const result = filterFixIndex(index, query, filters);
    return { ids: [...new Set(outline(result).map((line) => line.split(': ')[1]))], result };
  };

  it('offers the chips of the questions the tree marks, with their labels', () => {
    expect(
      index.filters.map(
        (group) => `${group.label}: ${group.chips.map((chip) => chip.label).join(', ')}`,
      ),
    ).toEqual([
      'Recipient type: Distribution group, Mail user',
      'Exchange version: Exchange Online, Exchange 2010',
      'Admin tool: PowerShell, Management Console',
    ]);
  });

  it("keeps a recipient type's pages and those for any recipient type", () => {
    expect(shown({ recipient: 'mail-user' }).ids).toEqual([
      'shell-anywhere /admin/mail-user/exchange-online/powershell',
      'app-online /app/exchange-online',
      'console-2010 /admin/distribution-group/exchange-2010/emc',
      'app-2010 /app/exchange-2010',
      'sender-page /sender',
    ]);
  });

  it("keeps a platform's pages and those for any Exchange version, ANDed with the other chips", () => {
    expect(shown({ platform: 'exchange-2010' }).ids).toEqual([
      'shell-anywhere /admin/distribution-group/exchange-online/powershell',
      'shell-anywhere /admin/mail-user/exchange-online/powershell',
      'console-2010 /admin/distribution-group/exchange-2010/emc',
      'app-2010 /app/exchange-2010',
      'sender-page /sender',
    ]);
    expect(shown({ platform: 'exchange-2010', recipient: 'mail-user' }).ids).toEqual([
      'shell-anywhere /admin/mail-user/exchange-online/powershell',
      'console-2010 /admin/distribution-group/exchange-2010/emc',
      'app-2010 /app/exchange-2010',
      'sender-page /sender',
    ]);
  });

  it('keeps only the pages done in the pressed tool: sender and app pages use none', () => {
    expect(shown({ surface: 'emc' }).ids).toEqual([
      'console-2010 /admin/distribution-group/exchange-2010/emc',
    ]);
    expect(shown({ surface: 'powershell', platform: 'exchange-2010' }).ids).toEqual([
      'shell-anywhere /admin/distribution-group/exchange-online/powershell',
      'shell-anywhere /admin/mail-user/exchange-online/powershell',
    ]);
  });

  it('combines the chips with the search words, and counts what it shows', () => {
    const { ids: found, result } = shown({ recipient: 'distribution-group' }, 'app');
    expect(found).toEqual(['app-online /app/exchange-online', 'app-2010 /app/exchange-2010']);
    expect(result.fixCount).toBe(2);
    expect(shown({ surface: 'emc' }, 'app').result.fixCount).toBe(0);
  });

  it('keeps the codes a shown page fixes, with only those pages', () => {
    const withCatalogue = buildFixIndex({
      tree,
      fixes,
      positions: enumeratePositions({ tree, fixes }),
      codeSources: [
        { code: '5.2.2', meaning: { text: 'Mailbox full', unrelated: true }, fixIds: [] },
      ],
    });
    const result = filterFixIndex(withCatalogue, '', { surface: 'emc' });
    expect(
      result.codes.map(
        (entry) => `${entry.code}: ${entry.fixes.map((fix) => fix.fixId).join(' ')}`,
      ),
    ).toEqual(['5.7.1: console-2010']);
    expect(result.codeCount).toBe(1);
    // A code no page fixes (another problem) is for no chip; without chips it is listed.
    expect(
      filterFixIndex(withCatalogue, 'mailbox full', { platform: 'exchange-2010' }).codeCount,
    ).toBe(0);
    expect(filterFixIndex(withCatalogue, 'mailbox full').codeCount).toBe(1);
    // "Fixed by" links go where the shown entry goes: the mail user's page, not the first one.
    const mailUser = filterFixIndex(withCatalogue, '5.7.133', {
      recipient: 'mail-user',
      surface: 'powershell',
    });
    expect(mailUser.codes[0]?.fixes.map((fix) => fix.path)).toEqual([
      '/admin/mail-user/exchange-online/powershell',
    ]);
  });

  it("leads to the pressed tool's URL for a page done in several tools", () => {
    const either = fix('either-tool', { role: ['admin'], surface: ['powershell', 'emc'] }, []);
    const both = [either];
    const twoTools = buildFixIndex({
      tree,
      fixes: both,
      positions: enumeratePositions({ tree, fixes: both }),
    });
    const entryOf = (filters: FixFilters) =>
      filterFixIndex(twoTools, '', filters).groups[0]?.subgroups[0]?.entries[0];
    expect(entryOf({})).toMatchObject({
      path: '/admin/distribution-group/exchange-online/powershell',
      context: ['I run Exchange', 'PowerShell'],
    });
    expect(entryOf({ surface: 'emc' })).toMatchObject({
      path: '/admin/distribution-group/exchange-online/emc',
      context: ['I run Exchange', 'Management Console'],
    });
  });

  it('counts the entries when a page is listed more than once, and says so', () => {
    const all = filterFixIndex(index, '');
    expect(all.rowCount).toBe(outline(all).length);
    expect(all.rowCount).toBe(fixes.length + 1);
    expect(rowsNote(all)).toBe(
      'Listed as 6 entries: a page for several recipient types or Exchange versions appears under each.',
    );
    const one = filterFixIndex(index, '', { recipient: 'mail-user' });
    expect(one.rowCount).toBe(one.fixCount);
    expect(rowsNote(one)).toBeUndefined();
  });

  it('shows everything, unchanged, when no chip is pressed', () => {
    expect(filterFixIndex(index, '', {})).toEqual(filterFixIndex(index, ''));
    expect(outline(filterFixIndex(index, '', {}))).toEqual(outline(index));
  });
});
