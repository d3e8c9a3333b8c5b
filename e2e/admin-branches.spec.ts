import { expect, test } from './support/wizard-fixture.ts';

test.describe('admin branches', () => {
  test('a Microsoft 365 group on Exchange 2010 is refused with a reason and a way on', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open('/admin/microsoft-365-group');
    await expect(wizard.heading).toHaveText('Which Exchange hosts the recipient?');
    const refused = wizard.unavailableOption('Exchange Server 2010');
    await expect(refused).toContainText('exist only in Exchange Online');
    await expect(wizard.option(/Exchange Server 2010/)).toHaveCount(0);

    await refused
      .getByRole('link', { name: 'Fix the Microsoft 365 group in Exchange Online' })
      .click();
    expect(wizard.appPath(baseURL)).toBe('/admin/microsoft-365-group/exchange-online');
    await wizard.choose(/Accept mail from everyone/);
    await wizard.choose(/New Exchange admin center/);
    await expect(wizard.step(3)).toContainText('Allow external senders to email this group');
  });

  test('a mail user in the new EAC explains itself and the alternative opens the classic EAC steps', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open('/admin/mail-user/exchange-online/allowed-senders/new-eac');
    await expect(wizard.heading).toHaveText('New Exchange admin center is not available here');
    await expect(
      wizard.page.getByText('classic Exchange admin center', { exact: false }).first(),
    ).toBeVisible();

    await wizard.page.getByRole('link', { name: 'Use the classic Exchange admin center' }).click();
    expect(wizard.appPath(baseURL)).toBe(
      '/admin/mail-user/exchange-online/allowed-senders/classic-eac',
    );
    await expect(wizard.heading).toHaveText(
      'Let chosen outside senders mail the mail user in the classic Exchange admin center',
    );
    await expect(wizard.section('Verify')).toContainText('Get-MailUser');
    await expect(wizard.section('Undo')).toContainText('Set-MailUser');
  });

  test('an admin walks to the public folder fix in the Exchange Management Shell', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open('/admin');
    await wizard.choose(/Mail-enabled public folder/);
    await wizard.choose(/Exchange Server 2013, 2016, 2019/);
    await wizard.choose(/Accept mail from everyone/);
    await expect(wizard.unavailableOption('Exchange admin center')).toContainText('Anonymous');
    await wizard.choose(/PowerShell/);

    expect(wizard.appPath(baseURL)).toBe(
      '/admin/public-folder/exchange-server/allow-everyone/powershell',
    );
    await expect(wizard.step(2)).toContainText('Get-MailPublicFolder');
    await expect(wizard.step(3)).toContainText('Set-MailPublicFolder');
    await expect(wizard.step(4)).toContainText('Add-PublicFolderClientPermission');
    await expect(wizard.section('Undo')).toContainText('Remove-PublicFolderClientPermission');
  });

  test('Exchange 2007 allowed senders set the whole list, never @{Add=}', async ({ wizard }) => {
    await wizard.open('/admin/distribution-group/exchange-2007/allowed-senders/powershell');
    await expect(wizard.heading).toHaveText(/Exchange 2007 Management Shell/);
    await expect(wizard.step(2)).toContainText('has no @{Add=…} form');
    await expect(wizard.step(5)).toContainText('-AcceptMessagesOnlyFromDLMembers $members');
    await expect(wizard.step(5)).not.toContainText('@{Add=');
  });
});
