import { expect, test } from './support/wizard-fixture.ts';

test.describe('one journey per role', () => {
  test('an admin clicks through to the PowerShell fix for a distribution group in Exchange Online', async ({
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
    await expect(wizard.heading).toHaveText('Which admin tool do you want to use?');
    await expect(wizard.option(/Exchange Management Console/)).toHaveCount(0);
    await wizard.choose(/PowerShell/);

    expect(wizard.appPath(baseURL)).toBe(
      '/admin/distribution-group/exchange-online/allow-everyone/powershell',
    );
    await expect(wizard.heading).toHaveText(
      'Let everyone send to the group with Exchange Online PowerShell',
    );
    await expect(wizard.step(2)).toContainText('Set-DistributionGroup');
    await expect(wizard.page.getByRole('heading', { name: 'Undo' })).toBeVisible();
    await expect(wizard.page).toHaveTitle(/Exchange Online PowerShell · Bounce-fix wizard/);
  });

  test('an admin on Exchange 2010 reaches the console steps', async ({ wizard }) => {
    await wizard.open('/admin/distribution-group/exchange-2010/allowed-senders');
    await expect(wizard.option(/new EAC/)).toHaveCount(0);
    await wizard.choose(/Exchange Management Console/);
    await expect(wizard.step(1)).toContainText('New Mail Contact');
    await expect(wizard.step(7)).toContainText('Only senders in the following list');
  });

  test('someone who got a bounce learns who can fix it', async ({ wizard }) => {
    await wizard.open('/');
    await wizard.choose(/I sent an email and got a bounce/);
    await expect(wizard.heading).toHaveText(/recipient accepts only known senders/);
    await expect(
      wizard.page.getByText('Only its mail admin can change the setting', { exact: false }),
    ).toBeVisible();
  });

  test('an app owner is asked where the group lives and learns to make the app sign in', async ({
    wizard,
  }) => {
    await wizard.open('/');
    await wizard.choose(/An app or device sends the mail/);
    await expect(wizard.heading).toHaveText(
      /Where does the group that should receive the notifications live/,
    );
    await wizard.choose(/Exchange Online/);
    await expect(wizard.heading).toHaveText(/Make the app sign in/);
    await expect(wizard.page.getByText('smtp.office365.com')).toBeVisible();
  });
});
