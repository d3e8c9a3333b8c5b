import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';

const { bundle } = contentPositions();
// Every code fix pages name, and every exact code or range the catalogue knows (not 5.7.x).
const allCodes = new Set([
  ...bundle.fixes.flatMap((fix) => fix.codes),
  ...bundle.codes.entries.flatMap((entry) => entry.codes.filter((code) => !code.includes('x'))),
]);
const codesStartingWith = (prefix: string) =>
  [...allCodes].filter((code) => code.startsWith(prefix));
const titlesWithCode = (prefix: string) =>
  bundle.fixes
    .filter((fix) => fix.codes.some((code) => code.startsWith(prefix)))
    .map((f) => f.title);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

test('the header links to the index of every fix page and bounce code', async ({ wizard }) => {
  await wizard.open('/');
  await wizard.fixes.mainNav.getByRole('link', { name: 'All fixes' }).click();
  await expect(wizard.heading).toHaveText('All fixes');
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(bundle.fixes.length, 'fix page')} and ${plural(allCodes.size, 'bounce code')} match`,
  );
  for (const fix of bundle.fixes) {
    await expect(wizard.page.getByRole('link', { name: fix.title }).first()).toBeVisible();
  }
  for (const code of allCodes) {
    await expect(
      wizard.page.getByRole('region', { name: 'Bounce codes' }).getByText(code, { exact: true }),
    ).toBeVisible();
  }
});

test('every entry links to a wizard URL that shows that fix page', async ({ wizard }) => {
  // One page load per fix position: far more than the default 30 s on a busy 2-core runner.
  test.setTimeout(240_000);
  await wizard.open('/fixes');
  await expect(wizard.heading).toHaveText('All fixes');
  const entries = wizard.page.getByRole('main').getByRole('listitem').getByRole('link');
  const pairs = await entries.evaluateAll((links) =>
    links.map(
      (link) => [link.getAttribute('href') ?? '', (link as HTMLElement).innerText] as const,
    ),
  );
  const targets = new Map(pairs);
  expect(targets.size).toBeGreaterThanOrEqual(bundle.fixes.length);
  for (const [href, title] of targets) {
    await wizard.page.goto(href);
    await expect(wizard.heading, href).toHaveText(title);
  }
});

test('fix pages are grouped by recipient type and platform, with labels from the tree', async ({
  wizard,
}) => {
  await wizard.open('/fixes');
  const recipientLabels = Object.values(bundle.tree.questions)
    .filter((question) => question.key === 'recipient')
    .flatMap((question) => question.options.map((option) => option.label));
  const used = bundle.fixes.flatMap((fix) => fix.appliesTo.recipient ?? []);
  expect(used.length).toBeGreaterThan(0);
  for (const label of recipientLabels) {
    await expect(
      wizard.page.getByRole('heading', { level: 2, name: label, exact: true }),
    ).toBeVisible();
  }
  const group = wizard.fixes.fixesGroup('Distribution group');
  await expect(group.getByRole('heading', { level: 3, name: /Exchange Online/ })).toBeVisible();
  await expect(
    group.getByRole('heading', { level: 3, name: /Exchange Server 2010/ }),
  ).toBeVisible();
});

test('search by an exact code, announcing the count', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('5.7.136');
  const titles = titlesWithCode('5.7.136');
  expect(titles.length).toBeGreaterThan(0);
  expect(codesStartingWith('5.7.136')).toEqual(['5.7.136']);
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(titles.length, 'fix page')} and 1 bounce code match`,
  );
  const shown = wizard.page.getByRole('main').getByRole('link');
  for (const title of titles) await expect(shown.filter({ hasText: title }).first()).toBeVisible();
  const others = bundle.fixes.filter((fix) => !titles.includes(fix.title));
  for (const fix of others) await expect(shown.filter({ hasText: fix.title })).toHaveCount(0);
});

test('search by the start of a code', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('5.7.13');
  const codes = codesStartingWith('5.7.13');
  expect(codes.length).toBeGreaterThan(1);
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(titlesWithCode('5.7.13').length, 'fix page')} and ${plural(codes.length, 'bounce code')} match`,
  );
  const codeList = wizard.page.getByRole('region', { name: 'Bounce codes' });
  for (const code of codes) await expect(codeList.getByText(code, { exact: true })).toBeVisible();
  await expect(codeList.getByText('5.7.12', { exact: true })).toHaveCount(0);
});

test('a pasted bounce line finds its code', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('550 5.7.12');
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(titlesWithCode('5.7.12').length, 'fix page')} and ${plural(codesStartingWith('5.7.12').length, 'bounce code')} match`,
  );
});

test('search for what a code means, or for the diagnostic text of a bounce', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('mailbox is full');
  const codes = wizard.page.getByRole('region', { name: 'Bounce codes' });
  await expect(codes.getByText('5.2.2', { exact: true })).toBeVisible();
  await expect(codes).toContainText('another problem, not fixed here');

  // A code is found by its start: 5.2.2 (mailbox full) and 5.2.252 (SendAsDenied).
  await wizard.fixes.fixesSearch.fill('5.2.2');
  expect(codesStartingWith('5.2.2').sort()).toEqual(['5.2.2', '5.2.252']);
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(titlesWithCode('5.2.2').length, 'fix page')} and 2 bounce codes match`,
  );

  await wizard.fixes.fixesSearch.fill(
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
  );
  await expect(codes.getByText('5.7.1', { exact: true })).toBeVisible();
  await expect(codes).toContainText('Fixed by:');
  await codes.getByRole('link').first().click();
  await expect(wizard.step(1)).toBeVisible();
});

test('search by recipient type', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('distribution group');
  const group = wizard.fixes.fixesGroup('Distribution group');
  await expect(group).toBeVisible();
  // "Dynamic distribution group" holds the words too; a user mailbox does not.
  await expect(wizard.fixes.fixesGroup('Dynamic distribution group')).toBeVisible();
  await expect(wizard.fixes.fixesGroup('User mailbox')).toHaveCount(0);
  const titles = bundle.fixes
    .filter((fix) => fix.appliesTo.recipient?.includes('distribution-group'))
    .map((fix) => fix.title);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) {
    await expect(group.getByRole('link', { name: title, exact: true }).first()).toBeVisible();
  }
});

test('search by words: every word must match, and a search can find nothing', async ({
  wizard,
}) => {
  await wizard.open('/fixes');
  const shownTitles = async () =>
    new Set(
      await wizard.page.getByRole('main').getByRole('listitem').getByRole('link').allInnerTexts(),
    );

  await wizard.fixes.fixesSearch.fill('app');
  await expect(wizard.fixes.fixesResults).toHaveText(/^\d+ fix pages? /);
  const broad = await shownTitles();
  await wizard.fixes.fixesSearch.fill('app SMTP AUTH');
  await expect(wizard.fixes.fixesResults).not.toHaveText(/^0 fix pages/);
  const narrow = await shownTitles();
  expect(narrow.size).toBeGreaterThan(0);
  expect(narrow.size).toBeLessThan(broad.size);
  for (const title of narrow) expect(broad).toContain(title);

  await wizard.fixes.fixesSearch.fill('zebra crossing');
  await expect(wizard.fixes.fixesResults).toHaveText('0 fix pages match');
  // Only the way on when nothing matches: no group of fix pages.
  await expect(wizard.page.getByRole('heading', { level: 2 })).toHaveText([/Nothing matches/]);
});

test('the search is kept in the address, so a filtered list can be shared', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('5.7.136');
  await expect(wizard.page).toHaveURL(/\/fixes\?q=5\.7\.136$/);
  await wizard.page.reload();
  await expect(wizard.fixes.fixesSearch).toHaveValue('5.7.136');
  await expect(wizard.fixes.fixesResults).toHaveText(/and 1 bounce code match$/);
  await wizard.fixes.mainNav.getByRole('link', { name: 'All fixes' }).click();
  await expect(wizard.fixes.fixesSearch).toHaveValue('');
});

test('diagnostic words and device names find the pages that fix them (search-synonyms.yaml)', async ({
  wizard,
}) => {
  await wizard.open('/fixes');
  const fixLinks = wizard.page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasNot: wizard.page.getByText('Fixed by:') })
    .getByRole('link');

  await wizard.fixes.fixesSearch.fill('AuthRequired');
  await expect(wizard.fixes.fixesResults).not.toHaveText(/^0 fix pages/);
  await expect(fixLinks.first()).toBeVisible();

  await wizard.fixes.fixesSearch.fill('scanner');
  await expect(wizard.fixes.fixesResults).not.toHaveText(/^0 fix pages/);
  const appTitles = bundle.fixes
    .filter((fix) => fix.appliesTo.role?.includes('app'))
    .map((fix) => fix.title);
  expect(appTitles.length).toBeGreaterThan(0);
  await expect(fixLinks.filter({ hasText: appTitles[0] }).first()).toBeVisible();
});

test('a search that names a recipient type lists that type first', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('microsoft 365 group');
  await expect(wizard.page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'Microsoft 365 group',
  );
});

test('no results offer the analyzer and the ways into the wizard', async ({ wizard }) => {
  await wizard.open('/fixes');
  await wizard.fixes.fixesSearch.fill('zebra crossing');
  const none = wizard.page.getByRole('region', { name: /Nothing matches/ });
  await expect(none.getByRole('link', { name: /bounce analyzer/ })).toBeVisible();
  const start = bundle.tree.questions[bundle.tree.start];
  for (const option of start?.options ?? []) {
    await expect(none.getByRole('link', { name: option.label })).toBeVisible();
  }
  await none.getByRole('link', { name: start?.options[1]?.label ?? '' }).click();
  await expect(wizard.heading).not.toHaveText('All fixes');
});

test('the index passes axe, best practices included', async ({ wizard }) => {
  // Three full axe runs over a long page: more than the default 30 s on a busy 2-core runner.
  test.setTimeout(120_000);
  await wizard.open('/fixes');
  for (const query of ['', '5.7.13', 'zebra']) {
    await wizard.fixes.fixesSearch.fill(query);
    await expect(wizard.fixes.fixesResults).toBeVisible();
    const results = await new AxeBuilder({ page: wizard.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
      query,
    ).toEqual([]);
  }
});
