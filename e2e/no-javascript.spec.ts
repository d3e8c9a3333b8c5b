import { ADMIN_POWERSHELL_JOURNEY, expect, test } from './support/wizard-fixture.ts';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('the options are plain links that lead to a readable fix page', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open('/');
    await expect(wizard.heading).toHaveText('What brings you here?');
    await wizard.walk(ADMIN_POWERSHELL_JOURNEY.answers);
    expect(wizard.appPath(baseURL)).toBe(ADMIN_POWERSHELL_JOURNEY.path);
    await expect(wizard.heading).toHaveText(ADMIN_POWERSHELL_JOURNEY.title);
    await expect(wizard.page).toHaveTitle(/Exchange Online PowerShell · Bounce-fix wizard/);
    await expect(wizard.step(1)).toBeVisible();
    // The command is on the page with its placeholder in view, ready to copy and fill in by hand.
    await expect(wizard.step(3).locator('code').first()).toContainText(
      /Set-DistributionGroup -Identity \S+/,
    );
    await expect(wizard.page.getByRole('heading', { name: 'Undo' })).toBeVisible();
  });

  test('the breadcrumb and the "not sure?" help work without scripts', async ({ wizard }) => {
    await wizard.open('/admin/distribution-group');
    await wizard.page.getByText('Not sure which Exchange you have?').click();
    await expect(wizard.page.locator('details[open]')).toHaveCount(1);
    await wizard.breadcrumb.getByRole('link', { name: /Recipient: Distribution group/ }).click();
    await expect(wizard.heading).toHaveText('What kind of recipient refused the message?');
  });

  test('the analyzer says it needs JavaScript and offers the ways that work without it', async ({
    wizard,
  }) => {
    await wizard.open('/analyze');
    await expect(wizard.heading).toHaveText('Analyze a bounce');
    await expect(wizard.page.getByLabel('Paste the bounce message')).toBeDisabled();
    await expect(wizard.page.getByRole('button', { name: 'Analyze', exact: true })).toBeDisabled();
    await expect(wizard.page.getByText(/needs JavaScript, which is turned off/)).toBeVisible();
    await wizard.page.getByRole('link', { name: 'index of fixes' }).click();
    await expect(wizard.heading).toHaveText('All fixes');
  });

  test('the index lists every fix page; its search and filter chips wait for JavaScript', async ({
    wizard,
  }) => {
    await wizard.open('/fixes?platform=exchange-2010&q=zebra');
    await expect(wizard.heading).toHaveText('All fixes');
    await expect(wizard.fixes.fixesSearch).toBeDisabled();
    const chips = wizard.page.getByRole('group', { name: 'Admin tool' }).getByRole('button');
    await expect(chips.first()).toBeVisible();
    for (const chip of await chips.all()) {
      await expect(chip).toBeDisabled();
      await expect(chip).toHaveAttribute('aria-pressed', 'false');
    }
    // The address's filters need the app: the whole list is there to read.
    await expect(wizard.fixes.fixesGroup('Any recipient type')).toBeVisible();
    await expect(wizard.fixes.clearFilters).toHaveCount(0);
  });

  test('an unknown address shows the "not found" page', async ({ wizard }) => {
    await wizard.open('/admin/nowhere');
    await expect(wizard.heading).toHaveText('This step doesn’t exist');
    await wizard.page.getByRole('link', { name: /Continue from the nearest step/ }).click();
    await expect(wizard.heading).toHaveText('What brings you here?');
  });
});
