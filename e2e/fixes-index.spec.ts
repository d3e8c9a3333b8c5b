import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';
import type { FixesIndex } from './support/pages/fixes-index.ts';

const { bundle, positions } = contentPositions();
/** The fix page each wizard URL ends on. */
const fixAt = new Map(
  positions
    .filter((position) => position.kind === 'fix')
    .map((position) => [position.path, position.id]),
);
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
  // What is on screen, read in one go: a check per page and per code took 15 s.
  const visibleTexts = (locator: Locator) =>
    locator.evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => (element.textContent ?? '').trim()),
    );
  const links = new Set(await visibleTexts(wizard.page.getByRole('main').getByRole('link')));
  expect(bundle.fixes.map((fix) => fix.title).filter((title) => !links.has(title))).toEqual([]);
  const codes = wizard.page.getByRole('region', { name: 'Bounce codes' }).locator('*');
  const codeTexts = new Set(await visibleTexts(codes));
  expect([...allCodes].filter((code) => !codeTexts.has(code))).toEqual([]);
});

test('every entry links to a wizard URL that shows that fix page', async ({ wizard }) => {
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
  // Every link ends, by the tree, on the fix page it names (and that page's prerendered heading is
  // build-output.spec.ts's check) …
  const titleAt = (href: string) => bundle.fixes.find((fix) => fix.id === fixAt.get(href))?.title;
  expect([...targets].filter(([href, title]) => titleAt(href) !== title)).toEqual([]);
  // … and the app shows it there: a dozen links spread over the list, followed inside the app.
  const spread = [...targets].filter((_, index) => index % Math.ceil(targets.size / 12) === 0);
  for (const [href, title] of spread) {
    await wizard.navigateInApp(href);
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

/** Axe's WCAG 2.2 AA and best-practice findings on the page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('the index passes axe, best practices included', async ({ wizard }) => {
  // Three full axe runs over a long page: more than the default 30 s on a busy 2-core runner.
  test.setTimeout(120_000);
  await wizard.open('/fixes');
  for (const query of ['', '5.7.13', 'zebra']) {
    await wizard.fixes.fixesSearch.fill(query);
    await expect(wizard.fixes.fixesResults).toBeVisible();
    expect(await axeViolations(wizard.page), query).toEqual([]);
  }
});

// The filter chips: the tree's questions marked `fixesFilter`, their options as chips.
const filterQuestions = Object.values(bundle.tree.questions).filter(
  (question) => question.fixesFilter !== undefined,
);
const filterGroup = (key: string) => {
  const question = filterQuestions.find((candidate) => candidate.key === key);
  if (!question?.fixesFilter) throw new Error(`no filter chips for ${key}`);
  const chip = (slug: string) => {
    const option = question.options.find((candidate) => candidate.slug === slug);
    if (!option) throw new Error(`no ${key} chip ${slug}`);
    return option.shortLabel ?? option.label;
  };
  return { label: question.fixesFilter, chip };
};
const recipientChips = filterGroup('recipient');
const platformChips = filterGroup('platform');
const toolChips = filterGroup('surface');

/**
 * The fix pages the chips should keep: a page that names no recipient type (or no platform)
 * applies to every one; only a page done in the pressed tool stays under a tool chip.
 */
function pagesUnder(chips: { recipient?: string; platform?: string; surface?: string }) {
  const holds = (named: readonly string[] | undefined, slug: string | undefined) =>
    slug === undefined || named === undefined || named.includes(slug);
  return bundle.fixes
    .filter(
      (fix) =>
        holds(fix.appliesTo.recipient, chips.recipient) &&
        holds(fix.appliesTo.platform, chips.platform) &&
        (chips.surface === undefined || (fix.appliesTo.surface ?? []).includes(chips.surface)),
    )
    .map((fix) => fix.id)
    .sort();
}

/**
 * The sentence's counts equal the rows shown: the distinct fix pages the rows link to (a page
 * for several recipient types has a row under each), and the code rows.
 */
async function expectCountsMatchRows(wizard: { fixes: FixesIndex }) {
  const sentence = await wizard.fixes.fixesResults.innerText();
  const [, fixCount, codeCount] =
    /^(\d+) fix pages? (?:and (\d+) bounce codes? )?match(?:es)?$/.exec(sentence) ?? [];
  const { hrefs } = await wizard.fixes.shownFixRows();
  const pages = hrefs.map((href) => fixAt.get(href) ?? href);
  expect(new Set(pages).size, sentence).toBe(Number(fixCount));
  // Every row is counted: by the sentence, or by the note when a page is listed more than once.
  const note = wizard.fixes.page.getByText(/^Listed as \d+ entries/);
  const noted = (await note.count()) > 0 ? /\d+/.exec(await note.innerText())?.[0] : fixCount;
  expect(Number(noted), sentence).toBe(pages.length);
  await expect(wizard.fixes.shownCodeRows).toHaveCount(Number(codeCount ?? 0));
  return { pages, hrefs, fixCount: Number(fixCount) };
}

test('filter chips narrow the list, combine with the search, and live in the address', async ({
  wizard,
}) => {
  await wizard.open('/fixes');
  expect(filterQuestions.map((question) => question.key)).toEqual([
    'recipient',
    'platform',
    'surface',
  ]);
  for (const question of filterQuestions) {
    const chips = wizard.fixes.filterGroup(question.fixesFilter ?? '').getByRole('button');
    await expect(chips).toHaveCount(question.options.length);
    for (const chip of await chips.all())
      await expect(chip).toHaveAttribute('aria-pressed', 'false');
  }
  await expect(wizard.fixes.clearFilters).toHaveCount(0);

  const group = wizard.fixes.chip(recipientChips.label, recipientChips.chip('distribution-group'));
  await group.click();
  await expect(group).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.page).toHaveURL(/\/fixes\?recipient=distribution-group$/);
  // Only the chosen type's pages, and those for any recipient type.
  await expect(wizard.page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    recipientChips.chip('distribution-group'),
    'Any recipient type',
    'Bounce codes',
  ]);
  let shown = await expectCountsMatchRows(wizard);
  expect([...new Set(shown.pages)].sort()).toEqual(pagesUnder({ recipient: 'distribution-group' }));

  // Another group ANDs; with a recipient type and a platform, each page is one row.
  const exchange2010 = wizard.fixes.chip(platformChips.label, platformChips.chip('exchange-2010'));
  await exchange2010.click();
  await expect(exchange2010).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.page).toHaveURL(/\?recipient=distribution-group&platform=exchange-2010$/);
  shown = await expectCountsMatchRows(wizard);
  expect(shown.pages.length).toBe(shown.fixCount);
  expect([...shown.pages].sort()).toEqual(
    pagesUnder({ recipient: 'distribution-group', platform: 'exchange-2010' }),
  );

  // A tool keeps only the pages done in it, and their links go to that tool's page.
  const emc = wizard.fixes.chip(toolChips.label, toolChips.chip('emc'));
  await emc.click();
  await expect(emc).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.page).toHaveURL(/&platform=exchange-2010&surface=emc$/);
  const expected = pagesUnder({
    recipient: 'distribution-group',
    platform: 'exchange-2010',
    surface: 'emc',
  });
  expect(expected.length).toBeGreaterThan(0);
  shown = await expectCountsMatchRows(wizard);
  expect([...shown.pages].sort()).toEqual(expected);
  for (const href of shown.hrefs) expect(href).toMatch(/\/emc$/);

  // Within a group one chip is pressed: another replaces it, the pressed one unpresses itself.
  const powershell = wizard.fixes.chip(toolChips.label, toolChips.chip('powershell'));
  await powershell.click();
  await expect(powershell).toHaveAttribute('aria-pressed', 'true');
  await expect(emc).toHaveAttribute('aria-pressed', 'false');
  await powershell.click();
  await expect(powershell).toHaveAttribute('aria-pressed', 'false');
  await expect(wizard.page).toHaveURL(/\?recipient=distribution-group&platform=exchange-2010$/);

  // The search words AND with the chips, and the address keeps both.
  await wizard.fixes.fixesSearch.fill('allowed senders');
  await expect(wizard.page).toHaveURL(
    /\?q=allowed\+senders&recipient=distribution-group&platform=exchange-2010$/,
  );
  shown = await expectCountsMatchRows(wizard);
  expect(shown.fixCount).toBeGreaterThan(0);
  expect(shown.fixCount).toBeLessThan(
    pagesUnder({ recipient: 'distribution-group', platform: 'exchange-2010' }).length,
  );

  // Back undoes a chip; a reload keeps everything.
  await wizard.page.goBack();
  await expect(powershell).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.fixes.fixesSearch).toHaveValue('');
  await wizard.page.goBack();
  await expect(emc).toHaveAttribute('aria-pressed', 'true');
  await wizard.page.goForward();
  await wizard.page.goForward();
  await expect(wizard.fixes.fixesSearch).toHaveValue('allowed senders');
  await wizard.page.reload();
  await expect(exchange2010).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.fixes.fixesSearch).toHaveValue('allowed senders');
  await expectCountsMatchRows(wizard);

  // "Clear filters" unpresses every chip, keeps the search, and leaves focus in the chips.
  await wizard.fixes.clearFilters.click();
  await expect(wizard.page).toHaveURL(/\/fixes\?q=allowed\+senders$/);
  await expect(group).toHaveAttribute('aria-pressed', 'false');
  await expect(exchange2010).toHaveAttribute('aria-pressed', 'false');
  await expect(wizard.fixes.clearFilters).toHaveCount(0);
  await expect(
    wizard.fixes.filterGroup(recipientChips.label).getByRole('button').first(),
  ).toBeFocused();
  await expectCountsMatchRows(wizard);
});

test('a filter value the chips do not have is ignored: no chip pressed, nothing breaks', async ({
  wizard,
}) => {
  await wizard.open('/fixes?q=5.7.136&recipient=nonsense&platform=%3Cscript%3E&surface=EMC&role=x');
  await expect(wizard.heading).toHaveText('All fixes');
  await expect(wizard.fixes.fixesSearch).toHaveValue('5.7.136');
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(titlesWithCode('5.7.136').length, 'fix page')} and 1 bounce code match`,
  );
  await expect(wizard.page.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(wizard.fixes.clearFilters).toHaveCount(0);

  // A known value beside garbage still counts; pressing a chip drops the garbage from the address.
  await wizard.open('/fixes?recipient=nonsense&platform=exchange-online&platform=exchange-2010');
  const online = wizard.fixes.chip(platformChips.label, platformChips.chip('exchange-online'));
  await expect(online).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.page.getByRole('button', { pressed: true })).toHaveCount(1);
  await expectCountsMatchRows(wizard);
  await wizard.fixes.chip(recipientChips.label, recipientChips.chip('mail-user')).click();
  await expect(wizard.page).toHaveURL(/\/fixes\?recipient=mail-user&platform=exchange-online$/);
});

test('chips that match nothing offer to clear them, the analyzer and the ways in', async ({
  wizard,
}) => {
  await wizard.open('/fixes');
  expect(pagesUnder({ recipient: 'microsoft-365-group', surface: 'emc' })).toEqual([]);
  await wizard.fixes.chip(recipientChips.label, recipientChips.chip('microsoft-365-group')).click();
  await wizard.fixes.chip(toolChips.label, toolChips.chip('emc')).click();
  await expect(wizard.fixes.fixesResults).toHaveText('0 fix pages match');
  const none = wizard.page.getByRole('region', { name: /Nothing matches/ });
  await expect(none.getByRole('link', { name: /bounce analyzer/ })).toBeVisible();
  for (const option of bundle.tree.questions[bundle.tree.start]?.options ?? []) {
    await expect(none.getByRole('link', { name: option.label })).toBeVisible();
  }
  await none.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(wizard.page).toHaveURL(/\/fixes$/);
  await expect(wizard.fixes.fixesResults).toHaveText(
    `${plural(bundle.fixes.length, 'fix page')} and ${plural(allCodes.size, 'bounce code')} match`,
  );
  await expect(
    wizard.fixes.filterGroup(recipientChips.label).getByRole('button').first(),
  ).toBeFocused();
});

test('the index with chips pressed passes axe, best practices included, in both themes', async ({
  wizard,
}) => {
  test.setTimeout(120_000);
  await wizard.open('/fixes?recipient=mail-user&platform=exchange-online&surface=powershell');
  await expect(wizard.page.getByRole('button', { pressed: true })).toHaveCount(3);
  for (const colorScheme of ['light', 'dark'] as const) {
    await wizard.page.emulateMedia({ colorScheme });
    expect(await axeViolations(wizard.page), colorScheme).toEqual([]);
  }
});
