import type { Page } from '@playwright/test';
import { bounceFixture, expect, test } from './support/wizard-fixture.ts';

/**
 * A prerendered page shows its controls before the app has started (a slow phone, a cold link).
 * Here the app's scripts arrive late, and the user acts at once, as a person or a test tool that
 * does not wait would: nothing typed or clicked may be lost, and no form may submit to nowhere.
 */
let releaseScripts: () => void = () => undefined;
let released = Promise.resolve();

/** The app's scripts are held back until the test has started acting: no fixed delay. */
function holdScripts() {
  released = new Promise<void>((resolve) => (releaseScripts = resolve));
}

test.beforeEach(async ({ page }) => {
  holdScripts();
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
});

/** Opens the prerendered page with the app held back, starts `act`, then lets the app start. */
async function actBeforeTheApp(page: Page, path: string, act: () => Promise<unknown>) {
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.locator('h1')).toBeVisible();
  const acting = act();
  releaseScripts();
  await acting;
}

test('a bounce pasted and analyzed at once is analyzed', async ({ wizard, analyzer }) => {
  await actBeforeTheApp(wizard.page, 'analyze', async () => {
    await analyzer.textArea.fill(bounceFixture('auth-required--outlook-exchange-2010.txt'));
    await analyzer.analyzeButton.click();
  });
  await expect(analyzer.resultHeading).toBeVisible({ timeout: 15_000 });
  await expect(analyzer.fact('Status code')).toHaveText('5.7.1');
});

test('a step ticked at once is ticked, and counted', async ({ wizard }) => {
  await actBeforeTheApp(
    wizard.page,
    'admin/distribution-group/exchange-2010/allowed-senders/emc',
    () => wizard.progress.stepDone(1).check(),
  );
  await expect(wizard.progress.stepDone(1)).toBeChecked();
  await expect(wizard.progress.progressStatus).toHaveText(/^1 of \d+ steps done$/);
});

test('a step ticked at once keeps the steps ticked on an earlier visit', async ({ wizard }) => {
  // The boxes open only once the app has read what is stored: an earlier tick must not be
  // overwritten by the store writing its empty start state.
  const path = 'admin/distribution-group/exchange-2010/allowed-senders/emc';
  await actBeforeTheApp(wizard.page, path, () => wizard.progress.stepDone(1).check());
  await expect(wizard.progress.progressStatus).toHaveText(/^1 of \d+ steps done$/);
  holdScripts();
  await actBeforeTheApp(wizard.page, path, () => wizard.progress.stepDone(2).check());
  await expect(wizard.progress.stepDone(1)).toBeChecked();
  await expect(wizard.progress.stepDone(2)).toBeChecked();
  await expect(wizard.progress.progressStatus).toHaveText(/^2 of \d+ steps done$/);
  await wizard.page.reload();
  await expect(wizard.progress.progressStatus).toHaveText(/^2 of \d+ steps done$/);
});

test('a recipient typed at once fills the commands', async ({ wizard }) => {
  await actBeforeTheApp(
    wizard.page,
    'admin/distribution-group/exchange-online/allow-everyone/powershell',
    () => wizard.commands.recipient.fill('sales-team'),
  );
  await expect(
    wizard.page.locator('pre').filter({ hasText: 'Set-DistributionGroup' }).first(),
  ).toContainText("'sales-team'");
});

test('a search typed at once filters the index', async ({ wizard }) => {
  await actBeforeTheApp(wizard.page, 'fixes', () => wizard.fixes.fixesSearch.fill('5.2.2'));
  await expect(wizard.fixes.fixesResults).toHaveText('0 fix pages and 2 bounce codes match');
});

test('a filter chip pressed at once is pressed, and filters the index', async ({ wizard }) => {
  const online = wizard.page
    .getByRole('group', { name: 'Exchange version' })
    .getByRole('button', { name: 'Exchange Online (Microsoft 365)', exact: true });
  // The prerendered chip is disabled, as the search box is, until the app runs: the click waits.
  await actBeforeTheApp(wizard.page, 'fixes', () => online.click());
  await expect(online).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.page).toHaveURL(/\/fixes\?platform=exchange-online$/);
});

test('the email to the admin is only offered once it can carry the full address', async ({
  wizard,
  baseURL,
}) => {
  let body = '';
  await actBeforeTheApp(wizard.page, 'sender/authentication-required', async () => {
    ({ body } = await wizard.senderMessage.adminEmail());
  });
  expect(body.split('\r\n')).toContain(wizard.absoluteUrl('/admin', baseURL));
});
