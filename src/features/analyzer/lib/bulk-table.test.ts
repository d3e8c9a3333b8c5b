import { readFileSync } from 'node:fs';
import { projectContentBundle } from '../../../content/build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { answerLabel } from '../../../content/path-for-answers';
import { analyzeBounce } from './analyze-bounce';
import { BulkGrouper } from './bulk-groups';
import { readBounceFile } from './read-bounce-file';
import {
  DEFAULT_SORT,
  bulkRows,
  nextSort,
  sortRows,
  type BulkColumn,
  type BulkRow,
} from './bulk-table';

const content = projectContentBundle();

async function analysed(name: string, replace?: [string, string]) {
  const bytes = readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
  let { text } = await readBounceFile(bytes, name);
  if (replace) text = text.replaceAll(replace[0], replace[1]);
  return analyzeBounce(text, content.codes);
}

async function rowsOf(batch: Array<[string, number, [string, string]?]>): Promise<BulkRow[]> {
  const grouper = new BulkGrouper();
  for (const [name, times, replace] of batch) {
    const analysis = await analysed(name, replace);
    for (let i = 0; i < times; i += 1) grouper.add(analysis, `${name}-${i}`);
  }
  return bulkRows(grouper.groups(), content.tree, content.fixes);
}

const entryTitle = (id: string) => content.codes.entries.find((entry) => entry.id === id)?.title;

describe('bulkRows', () => {
  it('shows a group’s cause, codes, recipient, platform and count, and links it into the tree', async () => {
    const [row] = await rowsOf([['exo-5-7-133-group--dsn.eml', 4]]);
    expect(row).toMatchObject({
      kind: 'in-family',
      cause: entryTitle('exo-5-7-133-group'),
      code: '5.7.133',
      recipient: 'sales@contoso.com',
      platform: answerLabel(content.tree, 'platform', 'exchange-online'),
      count: 4,
    });
    expect(row?.guide.type).toBe('routes');
    if (row?.guide.type !== 'routes') return;
    // As in the single analyzer: the admin first, then the sender.
    expect(row.guide.ways.map((way) => way.path.split('/')[1])).toEqual(['admin', 'sender']);
    expect(row.guide.ways[0]?.label).toMatch(/^Continue/);
    expect(row.guide.ways[0]?.role).toBe('I manage Exchange for the recipient');
  });

  it('explains a bounce the wizard does not fix, with its source', async () => {
    const [row] = await rowsOf([['mailbox-full--dsn.eml', 1]]);
    const entry = content.codes.entries.find((candidate) => candidate.id === 'mailbox-full');
    expect(row?.kind).toBe('unrelated');
    expect(row?.guide).toEqual({
      type: 'explain',
      what: entry?.explanation.what,
      whoCanFix: entry?.explanation.whoCanFix,
      nextSteps: entry?.nextSteps,
      // Microsoft's article, as the single result links to it.
      source: entry?.sources.find((url) => url.startsWith('https://learn.microsoft.com/')),
    });
    expect(row?.guide.type === 'explain' && row.guide.source).toBeTruthy();
  });

  it('offers one link per answer for a bounce that needs one', async () => {
    const [row] = await rowsOf([['client-not-authenticated--dsn-5-7-1.eml', 1]]);
    const ask = content.codes.entries.find((entry) => entry.id === 'client-not-authenticated')?.ask;
    expect(row?.guide.type).toBe('choose');
    if (row?.guide.type !== 'choose' || !ask) return;
    expect(row.guide.question).toBe(ask.question);
    // Each answer leads where its kind says: the app path, the admin path first, or nowhere.
    const roleFor = { 'app-side': 'app', 'in-family': 'admin', unrelated: undefined } as const;
    expect(row.guide.options.map((option) => option.way?.path.split('/')[1])).toEqual(
      ask.options.map((option) => roleFor[option.kind]),
    );
    expect(row.guide.options.map((option) => option.label)).toEqual(
      ask.options.map((option) => option.label),
    );
  });

  it('works out the way on once per cause and platform, however many recipients', async () => {
    const analysis = await analysed('exo-5-7-133-group--dsn.eml');
    const grouper = new BulkGrouper();
    for (let i = 0; i < 1000; i += 1) {
      grouper.add({ ...analysis, recipient: `list-${i}@contoso.com` }, `${i}.eml`);
    }
    const rows = bulkRows(grouper.groups(), content.tree, content.fixes);
    expect(rows).toHaveLength(1000);
    expect(rows[999]?.guide).toBe(rows[0]?.guide);
  });
});

describe('sortRows', () => {
  const row = (cause: string, code: string, recipient: string, platform: string, count: number) =>
    ({ key: cause + recipient, cause, code, recipient, platform, count }) as BulkRow;
  const rows = [
    row('Mailbox full', '5.2.2', 'pat@contoso.com', '', 3),
    row('Group only accepts', '5.7.133', 'sales@contoso.com', 'Exchange Online', 10),
    row('Authentication required', '5.7.1', '', 'Exchange Server 2016', 3),
    row('Group only accepts', '5.7.13', 'buyers@contoso.com', 'Exchange Online', 1),
  ];
  const order = (column: BulkColumn, direction: 'ascending' | 'descending') =>
    sortRows(rows, { column, direction }).map((sorted) => `${sorted.cause}/${sorted.recipient}`);

  it('puts the largest groups first by default', () => {
    expect(sortRows(rows, DEFAULT_SORT).map((sorted) => sorted.count)).toEqual([10, 3, 3, 1]);
  });

  it('sorts codes as numbers, not as text', () => {
    expect(sortRows(rows, { column: 'code', direction: 'ascending' }).map((r) => r.code)).toEqual([
      '5.2.2',
      '5.7.1',
      '5.7.13',
      '5.7.133',
    ]);
  });

  it('sorts each column both ways, empty cells last either way, ties to the larger group', () => {
    expect(order('recipient', 'ascending')).toEqual([
      'Group only accepts/buyers@contoso.com',
      'Mailbox full/pat@contoso.com',
      'Group only accepts/sales@contoso.com',
      'Authentication required/',
    ]);
    expect(order('recipient', 'descending')).toEqual([
      'Group only accepts/sales@contoso.com',
      'Mailbox full/pat@contoso.com',
      'Group only accepts/buyers@contoso.com',
      'Authentication required/',
    ]);
    expect(order('platform', 'ascending')).toEqual([
      'Group only accepts/sales@contoso.com',
      'Group only accepts/buyers@contoso.com',
      'Authentication required/',
      'Mailbox full/pat@contoso.com',
    ]);
    expect(order('cause', 'descending')[0]).toBe('Mailbox full/pat@contoso.com');
    expect(order('count', 'ascending')).toEqual([
      'Group only accepts/buyers@contoso.com',
      'Authentication required/',
      'Mailbox full/pat@contoso.com',
      'Group only accepts/sales@contoso.com',
    ]);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts another in its natural direction', () => {
    expect(nextSort(DEFAULT_SORT, 'count')).toEqual({ column: 'count', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'cause')).toEqual({ column: 'cause', direction: 'ascending' });
    expect(nextSort({ column: 'cause', direction: 'ascending' }, 'cause')).toEqual({
      column: 'cause',
      direction: 'descending',
    });
    expect(nextSort({ column: 'cause', direction: 'ascending' }, 'count')).toEqual(DEFAULT_SORT);
  });
});
