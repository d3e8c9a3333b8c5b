import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { loadContentBundle } from '../src/content/build/content-plugin.ts';
import {
  bounceFixture,
  dropFiles,
  expect,
  test as wizardTest,
  waitForApp,
} from './support/wizard-fixture.ts';

const content = loadContentBundle(process.cwd());
const title = (id: string) => {
  const entry = content.codes.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No catalogue entry "${id}"`);
  return entry.title;
};

// Bounces from the fixture corpus (what each one is: src/features/analyzer/lib/analyze-bounce.test.ts).
const GROUP_DSN = bounceFixture('exo-5-7-133-group--dsn.eml'); // sales@contoso.com, 5.7.133
const AUTH_DSN = bounceFixture('auth-required--dsn-exchange-2016.eml'); // allstaff@contoso.com
const FULL_DSN = bounceFixture('mailbox-full--dsn.eml'); // pat.kim@contoso.com, unrelated

interface Payload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const eml = (name: string, text: string): Payload => ({
  name,
  mimeType: 'message/rfc822',
  buffer: Buffer.from(text),
});
const many = (count: number, prefix: string, text: string) =>
  Array.from({ length: count }, (_, i) => eml(`${prefix}-${i + 1}.eml`, text));

/** An mbox of these messages, body lines starting with "From " escaped (mboxrd), CRLF line ends. */
function mbox(messages: string[]): Buffer {
  const text = messages
    .map((message, i) => {
      const body = message.replace(/\r?\n/g, '\n').replace(/^(>*From )/gm, '>$1');
      return `From MAILER-DAEMON Thu Jan  1 09:00:${String(i % 60).padStart(2, '0')} 2026\n${body}\n\n`;
    })
    .join('');
  return Buffer.from(text.replace(/\n/g, '\r\n'));
}

const BROKEN: Payload[] = [
  { name: 'zero.eml', mimeType: 'message/rfc822', buffer: Buffer.alloc(0) },
  {
    name: 'picture.eml',
    mimeType: 'message/rfc822',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]),
  },
  { name: 'huge.eml', mimeType: 'message/rfc822', buffer: Buffer.alloc(20 * 1024 * 1024, 'a') },
  eml('note.txt', 'Hi team, lunch moved to Thursday. Thanks!'),
  { name: 'broken.mbox', mimeType: 'application/mbox', buffer: Buffer.from('Not a mailbox\n') },
];

/**
 * The batch: 30 + 2 (in the mbox) group bounces to sales@, 3 to buyers@, 12 + 1 AuthRequired,
 * 5 full mailboxes, a mailbox whose 4th message is no bounce, and five broken files.
 */
function batch(): Payload[] {
  return [
    ...many(30, 'group', GROUP_DSN),
    ...many(3, 'buyers', GROUP_DSN.replaceAll('sales@contoso.com', 'buyers@contoso.com')),
    ...many(12, 'auth', AUTH_DSN),
    ...many(5, 'full', FULL_DSN),
    {
      name: 'inbox.mbox',
      mimeType: 'application/mbox',
      buffer: mbox([GROUP_DSN, AUTH_DSN, GROUP_DSN, 'Subject: hello\n\nFrom the desk of a human.']),
    },
    ...BROKEN,
  ];
}

/**
 * Writes the files where the test keeps its output and returns their paths: a person picks files
 * from disk, and Playwright then hands the browser paths (buffers it would decode by script in the
 * page, which takes seconds for 20 MB).
 */
function onDisk(files: Payload[]): string[] {
  return files.map((file) => {
    const path = test.info().outputPath('files', file.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.buffer);
    return path;
  });
}

/** The bulk triage section of /analyze, as a user sees it. */
class BulkTriage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('analyze');
    await waitForApp(this.page);
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Many bounces at once' });
  }

  get input(): Locator {
    return this.page.getByLabel('Choose bounce files (.eml, .txt or .mbox)');
  }

  get progress(): Locator {
    return this.section.getByRole('progressbar');
  }

  get cancel(): Locator {
    return this.section.getByRole('button', { name: 'Cancel' });
  }

  get summary(): Locator {
    return this.section.getByRole('heading', { level: 3 }).first();
  }

  get table(): Locator {
    return this.section.getByRole('table', { name: /^Bounces by cause, recipient and platform/ });
  }

  get tableRegion(): Locator {
    return this.section.getByRole('region', { name: /^Bounces by cause, recipient and platform/ });
  }

  get bodyRows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(cause: string, recipient: string): Locator {
    return this.bodyRows
      .filter({ has: this.page.getByRole('rowheader', { name: cause, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: recipient, exact: true }) });
  }

  header(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  async sortBy(name: string) {
    await this.header(name).getByRole('button', { name }).click();
  }

  get problems(): Locator {
    return this.section.getByRole('region', { name: /^Without a bounce/ });
  }

  get redact(): Locator {
    return this.section.getByRole('checkbox', {
      name: 'Redact addresses and server names in the file',
    });
  }

  /** Clicks the download button and returns the CSV's records (BOM checked and dropped). */
  async downloadCsv(): Promise<string[][]> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section.getByRole('button', { name: /^Download the table as CSV/ }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF'), 'a byte-order mark for Excel').toBe(true);
    return parseCsv(text.slice(1));
  }

  /** Drops files on the drop zone the way a browser does. */
  async drop(files: Payload[]) {
    await dropFiles(this.section.locator('[data-bulk-drop-zone]'), files);
  }
}

/** RFC 4180 records: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return records;
}

const test = wizardTest.extend<{ bulk: BulkTriage }>({
  bulk: async ({ page, wizard }, use) => {
    void wizard; // the fixture's checks: no page error, no CSP violation, no foreign request
    await use(new BulkTriage(page));
  },
});

test('a batch of files is grouped, linked to its fixes, sortable, and exported as CSV', async ({
  bulk,
}) => {
  test.setTimeout(60_000);
  await bulk.open();
  await bulk.input.setInputFiles(onDisk(batch()));

  await expect(bulk.summary).toHaveText('53 bounces in 4 groups');
  await expect(bulk.summary).toBeFocused();
  await expect(bulk.section).toContainText('From 56 files (59 messages)');

  const sales = bulk.row(title('exo-5-7-133-group'), 'sales@contoso.com');
  await expect(sales.getByRole('cell').nth(3)).toHaveText('32');
  await expect(
    bulk.row(title('exo-5-7-133-group'), 'buyers@contoso.com').getByRole('cell').nth(3),
  ).toHaveText('3');
  await expect(
    bulk.row(title('auth-required'), 'allstaff@contoso.com').getByRole('cell').nth(3),
  ).toHaveText('13');
  const full = bulk.row(title('mailbox-full'), 'pat.kim@contoso.com');
  await expect(full.getByRole('cell').nth(3)).toHaveText('5');
  await expect(bulk.bodyRows).toHaveCount(4);

  // The largest group first; each row leads to its fix or says what it means.
  await expect(bulk.header('Bounces')).toHaveAttribute('aria-sort', 'descending');
  await expect(bulk.bodyRows.first()).toContainText('sales@contoso.com');
  await expect(sales.getByRole('link', { name: /^Continue/ }).first()).toHaveAttribute(
    'href',
    /\/admin/,
  );
  await full.getByText('What it means').click();
  await expect(full.getByRole('link', { name: 'Source of this explanation' })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );

  // Every file that gave no bounce, with why.
  await expect(bulk.problems.getByRole('heading')).toHaveText('Without a bounce (6)');
  const problems: [string, string][] = [
    ['zero.eml', 'empty'],
    ['picture.eml', 'not text'],
    ['huge.eml', '20.0 MB'],
    ['note.txt', 'probably not a bounce'],
    ['broken.mbox', 'Not an mbox file'],
    ['inbox.mbox › message 4', 'probably not a bounce'],
  ];
  for (const [source, why] of problems) {
    await expect(bulk.problems.getByRole('listitem').filter({ hasText: source })).toContainText(
      why,
    );
  }

  // Sorting: by recipient, then the other way.
  await bulk.sortBy('Recipient');
  await expect(bulk.header('Recipient')).toHaveAttribute('aria-sort', 'ascending');
  await expect(bulk.header('Bounces')).not.toHaveAttribute('aria-sort');
  await expect(bulk.bodyRows.first()).toContainText('allstaff@contoso.com');
  await bulk.sortBy('Recipient');
  await expect(bulk.header('Recipient')).toHaveAttribute('aria-sort', 'descending');
  await expect(bulk.bodyRows.first()).toContainText('sales@contoso.com');
  await bulk.sortBy('Cause');
  await expect(bulk.header('Cause')).toHaveAttribute('aria-sort', 'ascending');

  // The CSV follows the table's order.
  const shownCauses = await bulk.table.locator('tbody th').allTextContents();
  const records = await bulk.downloadCsv();
  expect(records[0]?.slice(0, 6)).toEqual([
    'Cause',
    'Kind',
    'Status codes',
    'Recipient',
    'Platform',
    'Bounces',
  ]);
  expect(records.slice(1).map((record) => record[0])).toEqual(shownCauses);
  const salesRecord = records.find((record) => record[3] === 'sales@contoso.com');
  expect(salesRecord?.[5]).toBe('32');
  expect(salesRecord?.[2]).toBe('5.7.133');
  expect(salesRecord?.[8]).toMatch(/^http:\/\/localhost:\d+\/.*admin/);

  // Redacted: no address or server name left, the organizations kept.
  await bulk.redact.check();
  const redacted = await bulk.downloadCsv();
  const flat = redacted.flat().join('\n');
  expect(flat).not.toMatch(/sales@|buyers@|allstaff@|pat\.kim@/);
  expect(flat).not.toContain('AM0PR01MB6215');
  expect(
    redacted
      .slice(1)
      .map((record) => record[3])
      .sort(),
  ).toEqual([
    '<redacted 1>@contoso.com',
    '<redacted 2>@contoso.com',
    '<redacted 3>@contoso.com',
    '<redacted 4>@contoso.com',
  ]);
  expect(redacted.find((record) => record[5] === '32')?.[6]).toMatch(/^<host \d>\.outlook\.com$/);
});

test('a large batch is shared between workers and still counted exactly', async ({ bulk }) => {
  await bulk.open();
  const workers: string[] = [];
  bulk.page.on('worker', (worker) => workers.push(worker.url()));
  const cores = await bulk.page.evaluate(() => navigator.hardwareConcurrency);
  await bulk.input.setInputFiles(
    onDisk([
      ...many(150, 'group', GROUP_DSN),
      ...many(100, 'auth', AUTH_DSN),
      ...many(50, 'buyers', GROUP_DSN.replaceAll('sales@contoso.com', 'buyers@contoso.com')),
      eml('note.txt', 'Not a bounce at all.'),
    ]),
  );
  await expect(bulk.summary).toHaveText('300 bounces in 3 groups');
  await expect(bulk.section).toContainText('From 301 files (301 messages)');
  const count = (cause: string, recipient: string) =>
    bulk.row(title(cause), recipient).getByRole('cell').nth(3);
  await expect(count('exo-5-7-133-group', 'sales@contoso.com')).toHaveText('150');
  await expect(count('auth-required', 'allstaff@contoso.com')).toHaveText('100');
  await expect(count('exo-5-7-133-group', 'buyers@contoso.com')).toHaveText('50');
  await expect(bulk.problems.getByRole('heading')).toHaveText('Without a bounce (1)');
  expect(workers.length, 'one worker per core, up to four').toBe(Math.min(4, Math.max(1, cores)));
});

test('dropped files go through the same batch', async ({ bulk }) => {
  await bulk.open();
  await bulk.drop([...many(4, 'auth', AUTH_DSN), eml('note.txt', 'Not a bounce at all.')]);
  await expect(bulk.summary).toHaveText('4 bounces in 1 group');
  await expect(
    bulk.row(title('auth-required'), 'allstaff@contoso.com').getByRole('cell').nth(3),
  ).toHaveText('4');
  await expect(bulk.problems.getByRole('heading')).toHaveText('Without a bounce (1)');
});

test('a long batch shows its progress, keeps the page responsive and stops promptly on Cancel', async ({
  bulk,
}) => {
  test.setTimeout(90_000);
  await bulk.open();
  // Every task longer than 50 ms on the page's main thread, from now on.
  await bulk.page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  // About 20 MB: 8,000 bounces in one mailbox.
  const messages = Array.from({ length: 8000 }, (_, i) =>
    AUTH_DSN.replaceAll('allstaff@contoso.com', `list-${i % 50}@contoso.com`),
  );
  await bulk.input.setInputFiles(
    onDisk([{ name: 'big.mbox', mimeType: 'application/mbox', buffer: mbox(messages) }]),
  );
  await expect(bulk.progress).toBeVisible();
  await expect(bulk.section.getByRole('status')).toHaveText(/^(Analyzing 1 file|\d+% analyzed)$/);
  // The bar moves.
  await expect
    .poll(async () => Number(await bulk.progress.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const clicked = Date.now();
  await bulk.cancel.click();
  await expect(bulk.summary).toHaveText(/bounces in \d+ groups/, { timeout: 5_000 });
  const stoppedMs = Date.now() - clicked;
  await expect(bulk.section).toContainText('Cancelled after 0 of 1 file');
  const counted = Number((await bulk.summary.textContent())?.replace(/,/g, '').match(/^\d+/)?.[0]);
  expect(counted).toBeGreaterThan(0);
  expect(counted, 'stopped before the end').toBeLessThan(8000);
  await expect(bulk.table).toBeVisible();
  const longTasks = await bulk.page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  test.info().annotations.push({
    type: 'timing',
    description: `cancel to results ${stoppedMs} ms; main-thread long tasks: ${longTasks.map(Math.round).join(', ') || 'none'}`,
  });
  // Analysing on the page itself would hold it for seconds (the whole batch); rendering the
  // progress and the table takes a few tens of ms (more on a busy machine).
  expect(Math.max(0, ...longTasks), 'the page never froze').toBeLessThan(1000);
});

test('axe finds nothing on /analyze with bulk results showing, light and dark', async ({
  bulk,
}) => {
  await bulk.open();
  await bulk.input.setInputFiles(onDisk(batch()));
  await expect(bulk.table).toBeVisible();
  await bulk.row(title('mailbox-full'), 'pat.kim@contoso.com').getByText('What it means').click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await bulk.page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: bulk.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the table scrolls sideways inside its own box, not the page', async ({ bulk }) => {
    await bulk.open();
    await bulk.input.setInputFiles([...many(2, 'group', GROUP_DSN), ...many(2, 'full', FULL_DSN)]);
    await expect(bulk.table).toBeVisible();
    const box = await bulk.tableRegion.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      tabIndex: element.tabIndex,
    }));
    expect(box.scrollWidth, 'the table is wider than its box').toBeGreaterThan(box.clientWidth);
    expect(box.tabIndex, 'the box can be scrolled by keyboard').toBe(0);
    const overflow = await bulk.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'no sideways scrolling of the page').toBeLessThanOrEqual(0);
    // Scrolled to the far right, each row still shows its cause.
    await bulk.tableRegion.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const region = await bulk.tableRegion.boundingBox();
    const cause = await bulk.table.getByRole('rowheader').first().boundingBox();
    expect(cause && region && Math.abs(cause.x - region.x), 'the cause column stays').toBeLessThan(
      2,
    );
    // The sort buttons and the links stay usable.
    await bulk.sortBy('Cause');
    await expect(bulk.header('Cause')).toHaveAttribute('aria-sort', 'ascending');
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit, bulk triage (its chunk and its worker) works offline', async ({
    bulk,
    context,
  }) => {
    await bulk.open();
    await bulk.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
    await context.setOffline(true);
    await bulk.input.setInputFiles(many(3, 'auth', AUTH_DSN));
    await expect(bulk.summary).toHaveText('3 bounces in 1 group');
  });
});
