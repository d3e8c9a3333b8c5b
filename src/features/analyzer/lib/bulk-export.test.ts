import { describe, expect, it } from 'vitest';
import { CSV_HEADER, bulkCsv, csvFileName } from './bulk-export';
import type { BulkRow } from './bulk-table';

const siteUrl = (path: string) => `https://fix.example.org/help${path}`;

const rows: BulkRow[] = [
  {
    key: 'a',
    kind: 'in-family',
    cause: 'Group accepts only senders from its organization (5.7.133)',
    code: '5.7.133',
    recipient: 'sales@contoso.com',
    platform: 'Exchange Online',
    count: 12,
    servers: ['AM0PR01MB6215.eurprd01.prod.outlook.com'],
    sources: [],
    guide: {
      type: 'routes',
      ways: [{ label: 'Continue: What kind of recipient refused the message?', path: '/admin' }],
    },
  },
  {
    key: 'b',
    kind: 'unrelated',
    cause: '=cmd|" /C calc"!A0',
    code: '5.2.2',
    recipient: '-pat@contoso.com',
    platform: '',
    count: 1,
    servers: ['mail.contoso.com', 'mx2.contoso.com'],
    sources: [],
    guide: {
      type: 'explain',
      whoCanFix: 'The recipient.',
      nextSteps: ['Wait a day.', 'Call them.'],
      source: 'https://learn.microsoft.com/x',
    },
  },
  {
    key: 'c',
    kind: 'ambiguous',
    cause: '"Client was not authenticated"',
    code: '5.7.57',
    recipient: 'sales@contoso.com',
    platform: '',
    count: 2,
    servers: [],
    sources: [],
    guide: {
      type: 'choose',
      question: 'Where did you see this error?',
      options: [
        { label: 'In an app', way: { label: 'Continue: Which platform?', path: '/app' } },
        { label: 'Something else' },
      ],
    },
  },
];

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  // Every field is quoted, and none of these contain a line break.
  return csv
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"|(\d+)/g)].map(
        (m) => m[1]?.replace(/""/g, '"') ?? m[2] ?? '',
      ),
    );
}

describe('bulkCsv', () => {
  it('writes the rows in the order given, with full links and a header', () => {
    const [header, first, second, third] = parse(bulkCsv(rows, { redact: false, siteUrl }));
    expect(header).toEqual([...CSV_HEADER]);
    expect(first).toEqual([
      'Group accepts only senders from its organization (5.7.133)',
      'in family',
      '5.7.133',
      'sales@contoso.com',
      'Exchange Online',
      '12',
      'AM0PR01MB6215.eurprd01.prod.outlook.com',
      'Continue: What kind of recipient refused the message?',
      'https://fix.example.org/help/admin',
    ]);
    // Formula-like text comes out as text.
    expect(second?.[0]).toBe('\'=cmd|" /C calc"!A0');
    expect(second?.[3]).toBe("'-pat@contoso.com");
    expect(second?.slice(7)).toEqual(['Wait a day. Call them.', 'https://learn.microsoft.com/x']);
    expect(third?.slice(7)).toEqual([
      'Where did you see this error? In an app: Continue: Which platform?; Something else: not a problem this wizard fixes',
      'https://fix.example.org/help/app',
    ]);
  });

  it('redacts addresses and server names, numbering each, and leaves the rest', () => {
    const csv = bulkCsv(rows, { redact: true, siteUrl });
    const [, first, second, third] = parse(csv);
    expect(first?.[3]).toBe('<redacted 1>@contoso.com');
    expect(first?.[6]).toBe('<host 1>.outlook.com');
    expect(second?.[3]).toBe('<redacted 2>@contoso.com');
    expect(second?.[6]).toBe('<host 2>.contoso.com <host 3>.contoso.com');
    // The same recipient in another row gets the same stand-in.
    expect(third?.[3]).toBe('<redacted 1>@contoso.com');
    expect(csv).not.toMatch(/sales@|pat@|AM0PR01MB6215|mail\.contoso|mx2\./);
    expect(first?.[0]).toBe(rows[0]?.cause);
  });
});

describe('csvFileName', () => {
  it('names the file by the day, and says when it is redacted', () => {
    const date = new Date('2026-03-04T10:00:00Z');
    expect(csvFileName(date, false)).toBe('bounce-triage-2026-03-04.csv');
    expect(csvFileName(date, true)).toBe('bounce-triage-2026-03-04-redacted.csv');
  });
});
