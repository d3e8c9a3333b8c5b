import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { analyzeBounce } from './analyze-bounce';
import { runBulk, type BulkFile, type BulkRunOptions } from './bulk-run';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const GROUP_DSN = fixture('exo-5-7-133-group--dsn.eml'); // sales@contoso.com, 5.7.133, online
const AUTH_DSN = fixture('auth-required--dsn-exchange-2016.eml'); // allstaff@contoso.com
const FULL_TXT = fixture('mailbox-full--outlook.txt'); // pat.kim@contoso.com, unrelated

const file = (name: string, content: string | Uint8Array<ArrayBuffer>) => new File([content], name);

function options(extra: Partial<BulkRunOptions> = {}): BulkRunOptions {
  return {
    analyze: (text) => analyzeBounce(text, catalogue),
    yieldToEvents: () => Promise.resolve(),
    ...extra,
  };
}

/** Count per group, keyed "entry id | recipient". */
function counts(result: Awaited<ReturnType<typeof runBulk>>): Record<string, number> {
  return Object.fromEntries(
    result.groups.map((group) => [
      `${group.sample.entry?.id ?? group.codes[0]} | ${group.recipient ?? ''}`,
      group.count,
    ]),
  );
}

/** An mbox with the given messages, body lines starting with "From " escaped (mboxrd). */
function mbox(messages: string[], lineEnd = '\n'): string {
  return messages
    .map((message, index) => {
      const escaped = message.replace(/\r?\n/g, '\n').replace(/^(>*From )/gm, '>$1');
      return `From MAILER-DAEMON Thu Jan  1 09:0${index % 10}:00 2026\n${escaped}\n\n`;
    })
    .join('')
    .replace(/\n/g, lineEnd);
}

describe('runBulk', () => {
  it('groups bounces by cause, recipient and platform, with exact counts', async () => {
    const files = [
      ...Array.from({ length: 5 }, (_, i) => file(`group-${i}.eml`, GROUP_DSN)),
      ...Array.from({ length: 3 }, (_, i) => file(`auth-${i}.eml`, AUTH_DSN)),
      file('other-recipient.eml', GROUP_DSN.replaceAll('sales@contoso.com', 'Buyers@Contoso.com')),
      file('buyers-again.eml', GROUP_DSN.replaceAll('sales@contoso.com', 'buyers@contoso.com')),
      file('full.txt', FULL_TXT),
    ];
    const result = await runBulk(files, options());
    expect(counts(result)).toEqual({
      'exo-5-7-133-group | sales@contoso.com': 5,
      'auth-required | allstaff@contoso.com': 3,
      // Grouped without regard to case, shown as the first bounce wrote it.
      'exo-5-7-133-group | Buyers@Contoso.com': 2,
      'mailbox-full | pat.kim@contoso.com': 1,
    });
    expect(result.progress).toMatchObject({
      filesDone: 11,
      messages: 11,
      bounces: 11,
      problems: 0,
    });
    expect(result.cancelled).toBe(false);
    const sales = result.groups[0];
    expect(sales?.codes).toEqual(['5.7.133']);
    expect(sales?.sources).toEqual([
      'group-0.eml',
      'group-1.eml',
      'group-2.eml',
      'group-3.eml',
      'group-4.eml',
    ]);
    expect(sales?.servers).toEqual(['AM0PR01MB6215.eurprd01.prod.outlook.com']);
  });

  it('lists every broken file with why, and the batch goes on', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    let hugeRead = false;
    const huge: BulkFile = {
      name: 'huge.eml',
      size: 20 * 1024 * 1024,
      arrayBuffer: () => {
        hugeRead = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
      stream: () => new Blob([]).stream(),
    };
    const failing: BulkFile = {
      name: 'vanished.eml',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
      stream: () => new Blob([]).stream(),
    };
    const files = [
      file('zero.eml', ''),
      file('picture.eml', png),
      huge,
      failing,
      file('note.txt', 'Hi, the meeting moved to Thursday. Thanks!'),
      file('spaces.txt', '   \n\t\n'),
      file('broken.mbox', 'This is not a mailbox.\nJust text.\n'),
      file('good.eml', GROUP_DSN),
    ];
    const result = await runBulk(files, options());
    expect(result.problems.map((problem) => [problem.source, problem.reason])).toEqual([
      ['zero.eml', 'empty'],
      ['picture.eml', 'binary'],
      ['huge.eml', 'too-large'],
      ['vanished.eml', 'unreadable'],
      ['note.txt', 'not-a-bounce'],
      ['spaces.txt', 'empty'],
      ['broken.mbox', 'corrupt-mbox'],
    ]);
    expect(hugeRead, 'a file over the limit is never read').toBe(false);
    expect(result.problems.every((problem) => problem.message.length > 0)).toBe(true);
    expect(result.problemsByReason).toEqual({
      empty: 2,
      binary: 1,
      'too-large': 1,
      unreadable: 1,
      'not-a-bounce': 1,
      'corrupt-mbox': 1,
    });
    expect(counts(result)).toEqual({ 'exo-5-7-133-group | sales@contoso.com': 1 });
    expect(result.progress.filesDone).toBe(files.length);
    expect(result.progress.bytesDone).toBe(result.progress.bytesTotal);
    // Nothing is lost: every message is either grouped or listed.
    expect(result.progress).toMatchObject({ messages: 8, bounces: 1, problems: 7 });
  });

  it('reads every message of an mbox, CRLF or LF, and names each by its number', async () => {
    const box = mbox([GROUP_DSN, AUTH_DSN, 'Subject: lunch\n\nFrom the kitchen: soup.', GROUP_DSN]);
    for (const lineEnd of ['\n', '\r\n']) {
      const result = await runBulk([file('inbox.mbox', box.replace(/\n/g, lineEnd))], options());
      expect(counts(result), lineEnd === '\n' ? 'LF' : 'CRLF').toEqual({
        'exo-5-7-133-group | sales@contoso.com': 2,
        'auth-required | allstaff@contoso.com': 1,
      });
      expect(result.groups[0]?.sources).toEqual([
        'inbox.mbox › message 1',
        'inbox.mbox › message 4',
      ]);
      expect(result.problems).toEqual([
        expect.objectContaining({ source: 'inbox.mbox › message 3', reason: 'not-a-bounce' }),
      ]);
      expect(result.progress).toMatchObject({ filesDone: 1, messages: 4, bounces: 3 });
    }
  });

  it('groups an admin error the catalogue knows, like a bounce, with its entry', async () => {
    const text = fixture('admin-error-not-group-manager--powershell.txt');
    const result = await runBulk([file('error.txt', text), file('again.txt', text)], options());
    expect(result.problems).toEqual([]);
    expect(result.groups.map((group) => [group.sample.entry?.id, group.count])).toEqual([
      ['admin-error-not-group-manager', 2],
    ]);
  });

  it('lists a message the analyzer failed on, and goes on', async () => {
    const failing = (text: string) => {
      if (text.includes('THROW')) throw new Error('broken');
      if (text.includes('ERROR'))
        return { ...analyzeBounce('', catalogue), kind: 'error' as const };
      return analyzeBounce(text, catalogue);
    };
    const result = await runBulk(
      [file('a.txt', 'THROW'), file('b.txt', 'ERROR'), file('c.eml', AUTH_DSN)],
      options({ analyze: failing }),
    );
    expect(result.problems.map((problem) => [problem.source, problem.reason])).toEqual([
      ['a.txt', 'failed'],
      ['b.txt', 'failed'],
    ]);
    expect(counts(result)).toEqual({ 'auth-required | allstaff@contoso.com': 1 });
  });

  it('reads a file that opens with a postmark as an mbox, whatever its name', async () => {
    const result = await runBulk([file('export.txt', mbox([AUTH_DSN, AUTH_DSN]))], options());
    expect(counts(result)).toEqual({ 'auth-required | allstaff@contoso.com': 2 });
  });

  it('lists the stray text before the first message of an mbox and keeps the messages', async () => {
    const result = await runBulk([file('odd.mbox', `garbage\n${mbox([AUTH_DSN])}`)], options());
    expect(counts(result)).toEqual({ 'auth-required | allstaff@contoso.com': 1 });
    expect(result.problems).toEqual([
      expect.objectContaining({ source: 'odd.mbox', reason: 'corrupt-mbox' }),
    ]);
    expect(result.problems[0]?.message).toContain('8 bytes');
  });

  it('refuses a binary file named .mbox without reading it all', async () => {
    const zip = new Uint8Array(200_000).fill(0);
    const result = await runBulk([file('archive.mbox', zip)], options());
    expect(result.problems.map((problem) => problem.reason)).toEqual(['binary']);
  });
});

describe('cancelling a batch', () => {
  it('stops at the next message once the signal aborts, and keeps what was grouped', async () => {
    const controller = new AbortController();
    let analysed = 0;
    const files = Array.from({ length: 50 }, (_, i) => file(`b-${i}.eml`, GROUP_DSN));
    const result = await runBulk(
      files,
      options({
        signal: controller.signal,
        analyze: (text) => {
          analysed += 1;
          return analyzeBounce(text, catalogue);
        },
        yieldEveryMs: 0,
        // The cancel arrives while the batch lets events in after the third bounce.
        yieldToEvents: () => {
          if (analysed === 3) controller.abort();
          return Promise.resolve();
        },
      }),
    );
    expect(analysed).toBe(3);
    expect(result.cancelled).toBe(true);
    expect(result.progress.filesDone).toBe(3);
    expect(counts(result)).toEqual({ 'exo-5-7-133-group | sales@contoso.com': 3 });
  });

  it('stops inside an mbox, which then does not count as done', async () => {
    const controller = new AbortController();
    let analysed = 0;
    const result = await runBulk(
      [
        file('big.mbox', mbox(Array.from({ length: 20 }, () => AUTH_DSN))),
        file('next.eml', AUTH_DSN),
      ],
      options({
        signal: controller.signal,
        analyze: (text) => {
          analysed += 1;
          if (analysed === 5) controller.abort();
          return analyzeBounce(text, catalogue);
        },
      }),
    );
    expect(result.cancelled).toBe(true);
    expect(analysed).toBe(5);
    expect(result.progress.filesDone).toBe(0);
    expect(result.progress.bounces).toBe(5);
  });

  it('does not start when cancelled before the first file', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await runBulk([file('a.eml', AUTH_DSN)], options({ signal: controller.signal }));
    expect(result).toMatchObject({ cancelled: true, groups: [], progress: { messages: 0 } });
  });

  it('reports progress while it works, and once more at the end', async () => {
    let clock = 0;
    const seen: number[] = [];
    const files = Array.from({ length: 10 }, (_, i) => file(`b-${i}.eml`, AUTH_DSN));
    await runBulk(
      files,
      options({
        now: () => (clock += 40),
        progressEveryMs: 100,
        onProgress: (progress) => seen.push(progress.filesDone),
      }),
    );
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
