import { expect, test } from './support/wizard-fixture.ts';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('the options are plain links that lead to a readable fix page', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open('/');
    await expect(wizard.heading).toHaveText('What brings you here?');
    await wizard.choose(/I manage Exchange/);
    await expect(wizard.heading).toHaveText('What kind of recipient refused the message?');
    await wizard.choose(/Distribution group/);
    await wizard.choose(/Exchange Online/);
    await wizard.choose(/Accept mail from everyone/);
    await wizard.choose(/PowerShell/);
    expect(wizard.appPath(baseURL)).toBe(
      '/admin/distribution-group/exchange-online/allow-everyone/powershell',
    );
    await expect(wizard.heading).toHaveText(
      'Let everyone send to the group with Exchange Online PowerShell',
    );
    await expect(wizard.page).toHaveTitle(/Exchange Online PowerShell · Bounce-fix wizard/);
    await expect(wizard.step(1)).toBeVisible();
    // The command is on the page with its placeholder in view, ready to copy and fill in by hand.
    await expect(wizard.step(2).locator('code').first()).toContainText(
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

  test('an unknown address shows the "not found" page', async ({ wizard }) => {
    await wizard.open('/admin/nowhere');
    await expect(wizard.heading).toHaveText('This step doesn’t exist');
    await wizard.page.getByRole('link', { name: /Continue from the nearest step/ }).click();
    await expect(wizard.heading).toHaveText('What brings you here?');
  });
});
