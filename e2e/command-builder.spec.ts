import { expect, test } from './support/wizard-fixture.ts';

const onlinePowerShell = '/admin/distribution-group/exchange-online/allow-everyone/powershell';
const onlineSendersPowerShell =
  '/admin/distribution-group/exchange-online/allowed-senders/powershell';
const onlineSendersEac = '/admin/distribution-group/exchange-online/allowed-senders/new-eac';
const appOnline = '/app/exchange-online/sign-in';
const onlineSendersEacPage = onlineSendersEac;
const sharedMailboxPowerShell = '/admin/shared-mailbox/exchange-online/allow-everyone/powershell';
const STORE_KEY = 'bounce-fix-wizard';
const HOUR = 60 * 60 * 1000;

/** Nothing a user could type ends this string, expands a variable or runs a subexpression. */
const hostile = `O'Brien’s $(Remove-Item C:\\) "team"`;
const hostileQuoted = `'O''Brien’’s $(Remove-Item C:\\) "team"'`;

test.describe('the command builder', () => {
  test('shows placeholders until something is typed, and explains them', async ({ wizard }) => {
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await expect(commands.panel).toBeVisible();
    await expect(commands.recipient).toHaveValue('');
    // This page has no allowed-senders commands, so it does not ask for senders.
    await expect(commands.senders).toHaveCount(0);
    await expect(commands.mailbox).toHaveCount(0);

    // The sync check, the read of the current state, the change, Verify and Undo.
    const withRecipient = commands.blocksWith('-Identity');
    await expect(withRecipient).toHaveCount(5);
    for (const block of await withRecipient.all()) {
      await expect(commands.code(block)).toContainText('-Identity <recipient>');
      await expect(block).toContainText(
        '<recipient> is a placeholder: type the recipient under “Fill in the commands”, and the command fills in.',
      );
    }
    // A command without placeholders has no note.
    await expect(commands.blocksWith('Connect-ExchangeOnline')).not.toContainText('placeholder');
  });

  test('fills a hostile recipient into every command, quoted, and copies exactly what is shown', async ({
    wizard,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { commands } = wizard;
    await wizard.open(onlineSendersPowerShell);
    await commands.recipient.fill(hostile);
    await commands.senders.fill('partner@fabrikam.com\nO’Neil@fabrikam.com');
    await commands.internalGroup.fill('All internal users');

    const texts = await commands.shownTexts();
    expect(texts.join('\n')).not.toContain('<recipient>');
    // The sync check, the read of the current state, the change, Verify and Undo name the
    // recipient; the all-internal-users group's own commands name that group.
    const withRecipient = commands.blocksWith(`-Identity ${hostileQuoted}`);
    await expect(withRecipient).toHaveCount(5);
    await expect(
      commands.code(commands.blocksWith('Get-DynamicDistributionGroupMember')),
    ).toHaveText("Get-DynamicDistributionGroupMember -Identity 'All internal users'");
    await expect(commands.code(commands.blocksWith('New-MailContact'))).toHaveText(
      [
        "New-MailContact -Name 'partner@fabrikam.com' -ExternalEmailAddress 'partner@fabrikam.com'",
        "New-MailContact -Name 'O’’Neil@fabrikam.com' -ExternalEmailAddress 'O’’Neil@fabrikam.com'",
      ].join('\n'),
    );
    await expect(commands.code(commands.blocksWith('@{Add='))).toContainText(
      "@{Add='partner@fabrikam.com','O’’Neil@fabrikam.com'}",
    );

    const change = commands.blocksWith('@{Add=');
    await commands.copyButton(change).click();
    await expect(commands.copyStatus(change)).toHaveText('Copied');
    const clipboard = await commands.clipboardText();
    expect(clipboard).toBe(await commands.shownText(change));
    expect(clipboard).toBe(
      `Set-DistributionGroup -Identity ${hostileQuoted} -RequireSenderAuthenticationEnabled $false -AcceptMessagesOnlyFrom @{Add='partner@fabrikam.com','O’’Neil@fabrikam.com'} -AcceptMessagesOnlyFromDLMembers @{Add='All internal users'} -BypassSecurityGroupManagerCheck`,
    );
  });

  test('copies by keyboard alone', async ({ wizard, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await commands.tabTo(commands.recipient);
    await wizard.page.keyboard.type('Sales Team');

    const change = commands.blocksWith('$false');
    await commands.tabTo(commands.copyButton(change));
    await wizard.page.keyboard.press('Enter');
    await expect(commands.copyStatus(change)).toHaveText('Copied');
    expect(await commands.clipboardText()).toBe(
      "Set-DistributionGroup -Identity 'Sales Team' -RequireSenderAuthenticationEnabled $false -BypassSecurityGroupManagerCheck",
    );

    const undo = commands.blocksWith('$true');
    await commands.tabTo(commands.copyButton(undo));
    await wizard.page.keyboard.press('Space');
    await expect(commands.copyStatus(undo)).toHaveText('Copied');
    expect(await commands.clipboardText()).toBe(await commands.shownText(undo));
  });

  test('selects the command and says which keys to press when the browser refuses to copy', async ({
    wizard,
  }) => {
    await wizard.page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    });
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await commands.recipient.fill('Sales Team');
    const change = commands.blocksWith('$false');
    await commands.copyButton(change).click();
    await expect(commands.copyStatus(change)).toHaveText(
      "Your browser didn't let this page copy. The text is selected: press Ctrl+C to copy it.",
    );
    expect(await wizard.page.evaluate(() => window.getSelection()?.toString())).toBe(
      await commands.shownText(change),
    );
    await expect(change.locator('pre')).toBeFocused();
  });

  test('refuses a recipient with a control character and keeps the placeholder', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await commands.recipient.fill('Sales\u0007Team');
    const message =
      "The recipient contains a control character (U+0007), which a name, alias or address can't contain. Remove it and try again.";
    await expect(commands.panel.getByText(message)).toBeVisible();
    await expect(commands.recipient).toHaveAttribute('aria-invalid', 'true');
    await expect(commands.recipient).toHaveAccessibleDescription(new RegExp(escape(message)));
    for (const text of await commands.shownTexts()) expect(text).not.toContain('Sales');
    await expect(commands.code(commands.blocksWith('$false'))).toContainText('<recipient>');
    await expect(commands.blocksWith('$false')).toContainText(
      'correct the recipient under “Fill in the commands”',
    );

    await commands.recipient.fill('Sales Team');
    await expect(commands.recipient).not.toHaveAttribute('aria-invalid');
    await expect(commands.code(commands.blocksWith('$false'))).toContainText("'Sales Team'");
  });

  test('refuses senders with a line that is not an address and fills none of them', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlineSendersPowerShell);
    await commands.senders.fill('partner@fabrikam.com\nbob@\nnot an address');
    const lineTwo = "line 2: 'bob@' is not an email address (nothing comes after the @).";
    await expect(commands.panel.getByText(lineTwo)).toBeVisible();
    await expect(
      commands.panel.getByText(
        "line 3: 'not an address' is not an email address (it contains a space).",
      ),
    ).toBeVisible();
    await expect(commands.senders).toHaveAttribute('aria-invalid', 'true');
    await expect(commands.senders).toHaveAccessibleDescription(new RegExp(escape(lineTwo)));
    const texts = (await commands.shownTexts()).join('\n');
    expect(texts).not.toContain('partner@fabrikam.com');
    await expect(commands.code(commands.blocksWith('New-MailContact'))).toHaveText(
      'New-MailContact -Name <sender> -ExternalEmailAddress <sender>',
    );
  });

  test('asks for the mailbox on the app page and checks it is an address', async ({ wizard }) => {
    const { commands } = wizard;
    await wizard.open(appOnline);
    await expect(commands.recipient).toHaveCount(0);
    await commands.mailbox.fill('Scanner');
    await expect(commands.panel.getByText(/'Scanner' is not an email address/)).toBeVisible();
    await commands.mailbox.fill('scanner@contoso.com');
    await expect(
      commands.code(commands.blocksWith('-SmtpClientAuthenticationDisabled $false')),
    ).toHaveText(
      "Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false",
    );
  });

  test('keeps what was typed on the next fix page and across a reload, until cleared', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlineSendersPowerShell);
    await commands.recipient.fill(hostile);
    await commands.senders.fill('partner@fabrikam.com');

    // Change the admin tool through the breadcrumb: an in-app move to another fix page.
    await wizard.breadcrumb.getByRole('link', { name: /Tool/ }).click();
    await wizard.choose(/New Exchange admin center/);
    await expect(wizard.heading).toHaveText(/new Exchange admin center/);
    await expect(commands.recipient).toHaveValue(hostile);
    // Typed on another page of the same recipient type: filled in, and marked as such.
    await expect(commands.carriedOver(commands.recipient)).toContainText(
      `From earlier: ${hostile}`,
    );
    await expect(commands.code(commands.blocksWith('IsDirSynced'))).toContainText(hostileQuoted);

    await wizard.page.reload();
    await expect(commands.recipient).toHaveValue(hostile);
    await expect(commands.senders).toHaveValue('partner@fabrikam.com');
    await expect(commands.code(commands.blocksWith('@{Remove='))).toContainText(
      `-Identity ${hostileQuoted} -AcceptMessagesOnlyFrom @{Remove='partner@fabrikam.com'}`,
    );

    await commands.clearButton.click();
    await expect(commands.panel.getByRole('status')).toHaveText(/Cleared what you typed/);
    await expect(commands.recipient).toHaveValue('');
    await expect(commands.code(commands.blocksWith('IsDirSynced'))).toContainText('<recipient>');
    await wizard.page.reload();
    await expect(commands.recipient).toHaveValue('');
  });

  test('offers the PowerShell steps on a console page, filled in from the same inputs', async ({
    wizard,
    baseURL,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlineSendersEac);
    await expect(commands.powerShellAside).toBeVisible();
    // Collapsed at first: its commands are not on screen.
    await expect(commands.blocksWith('New-MailContact')).toHaveCount(0);

    await commands.recipient.fill(hostile);
    await commands.senders.fill('a@fabrikam.com\nb@fabrikam.com');
    await commands.internalGroup.fill('All internal users');
    await commands.openPowerShellAside();
    const aside = commands.powerShellAside;
    await expect(commands.code(commands.blocksWith('New-MailContact', aside))).toHaveText(
      [
        "New-MailContact -Name 'a@fabrikam.com' -ExternalEmailAddress 'a@fabrikam.com'",
        "New-MailContact -Name 'b@fabrikam.com' -ExternalEmailAddress 'b@fabrikam.com'",
      ].join('\n'),
    );
    await expect(commands.code(commands.blocksWith('@{Add=', aside))).toHaveText(
      `Set-DistributionGroup -Identity ${hostileQuoted} -RequireSenderAuthenticationEnabled $false -AcceptMessagesOnlyFrom @{Add='a@fabrikam.com','b@fabrikam.com'} -AcceptMessagesOnlyFromDLMembers @{Add='All internal users'} -BypassSecurityGroupManagerCheck`,
    );

    await aside.getByRole('link', { name: 'Open the full PowerShell page' }).click();
    expect(wizard.appPath(baseURL)).toBe(onlineSendersPowerShell);
    await expect(commands.code(commands.blocksWith('@{Add='))).toContainText(hostileQuoted);
    await expect(commands.powerShellAside).toHaveCount(0);
  });

  test('prints every command, the PowerShell aside included, without the inputs', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlineSendersEac);
    await commands.recipient.fill('Sales Team');
    await expect(commands.blocksWith('IsDirSynced')).toBeVisible();
    await wizard.page.emulateMedia({ media: 'print' });
    await expect(commands.blocksWith('New-MailContact', commands.powerShellAside)).toBeVisible();
    await expect(commands.code(commands.blocksWith('@{Add='))).toContainText("'Sales Team'");
    await expect(commands.panel).toBeHidden();
    await expect(commands.copyButton(commands.blocksWith('IsDirSynced'))).toBeHidden();
  });

  test('fills the command in the "not sure?" help of the recipient question', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open('/admin');
    await wizard.page.getByText('Not sure what kind of recipient it is?').click();
    const help = commands.blocksWith('Get-Recipient');
    await expect(commands.code(help)).toContainText('Get-Recipient -Identity <recipient>');
    await commands.recipient.fill('sales@contoso.com');
    await expect(commands.code(help)).toHaveText(
      "Get-Recipient -Identity 'sales@contoso.com' | Format-List Name,RecipientTypeDetails,IsDirSynced",
    );
  });
});

test.describe('typed values and the recipient they are for', () => {
  test('a recipient typed on a distribution-group page never appears on a shared-mailbox page', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await commands.recipient.fill('All Staff');
    await expect(commands.code(commands.blocksWith('$false'))).toContainText("'All Staff'");

    await wizard.open(sharedMailboxPowerShell);
    await expect(commands.panel).toBeVisible();
    await expect(commands.recipient).toHaveValue('');
    await expect(commands.code(commands.blocksWith('$false'))).toContainText('<recipient>');
    expect((await commands.shownTexts()).join('\n')).not.toContain('All Staff');
    await expect(wizard.page.getByText('From earlier')).toHaveCount(0);

    // Back on a distribution-group page, the group's own value is still there.
    await wizard.open(onlineSendersEacPage);
    await expect(commands.recipient).toHaveValue('All Staff');
  });

  test('a value reused on another page of the same type is marked, with Change and Clear', async ({
    wizard,
  }) => {
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await commands.recipient.fill('All Staff');
    await expect(commands.carriedOver(commands.recipient)).toHaveCount(0);
    await expect(commands.panel).toContainText(/Kept on this device until \S/);

    await wizard.open(onlineSendersPowerShell);
    const mark = commands.carriedOver(commands.recipient);
    await expect(mark).toHaveText(/From earlier: All Staff \(typed on another page\)/);
    await expect(commands.recipient).toHaveAccessibleDescription(/From earlier: All Staff/);
    await mark.getByRole('button', { name: 'Change the recipient' }).click();
    await expect(commands.recipient).toBeFocused();
    await mark.getByRole('button', { name: 'Clear the recipient' }).click();
    await expect(commands.recipient).toHaveValue('');
    await expect(commands.recipient).toBeFocused();
    await expect(commands.carriedOver(commands.recipient)).toHaveCount(0);
    await expect(commands.code(commands.blocksWith('@{Add='))).toContainText('<recipient>');
  });

  test('Copy refuses while a placeholder remains and moves the focus to the field', async ({
    wizard,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await wizard.page.evaluate(() => navigator.clipboard.writeText('before'));
    const change = commands.blocksWith('$false');
    await commands.copyButton(change).click();
    await expect(commands.copyStatus(change)).toHaveText(
      'Type the recipient first: the command still shows <recipient>.',
    );
    await expect(commands.recipient).toBeFocused();
    expect(await commands.clipboardText()).toBe('before');

    await wizard.page.keyboard.type('Sales Team');
    await expect(commands.copyStatus(change)).toHaveText('');
    await commands.copyButton(change).click();
    await expect(commands.copyStatus(change)).toHaveText('Copied');
    expect(await commands.clipboardText()).toBe(await commands.shownText(change));
  });

  for (const [age, kept] of [
    [9 * HOUR, false],
    [1 * HOUR, true],
  ] as const) {
    test(`a value stored ${age / HOUR} h ago is ${kept ? 'kept' : 'forgotten'}`, async ({
      wizard,
    }) => {
      await wizard.page.addInitScript(
        ([key, ageMs, page]) => {
          if (sessionStorage.getItem('seeded')) return;
          sessionStorage.setItem('seeded', '1');
          const at = Date.now() - ageMs;
          const inputs = { recipient: { value: 'Old Ticket', page, from: 'typed' } };
          const state = { commandInputs: { 'distribution-group': { at, inputs } }, progress: {} };
          localStorage.setItem(key, JSON.stringify({ state, version: 2 }));
        },
        [STORE_KEY, age, onlineSendersPowerShell] as const,
      );
      const { commands } = wizard;
      await wizard.open(onlinePowerShell);
      await expect(commands.panel).toBeVisible();
      if (kept) {
        await expect(commands.recipient).toHaveValue('Old Ticket');
        await expect(commands.carriedOver(commands.recipient)).toContainText('From earlier');
      } else {
        await expect(commands.recipient).toHaveValue('');
        await expect(commands.code(commands.blocksWith('$false'))).toContainText('<recipient>');
      }
    });
  }

  test('the recipient the analyzer found reaches the fix page, marked "from the bounce"', async ({
    wizard,
    analyzer,
  }) => {
    const { commands } = wizard;
    await analyzer.open();
    await analyzer.analyzeFixture('auth-required--outlook-exchange-2010.txt');
    await expect(analyzer.fact('Recipient')).toHaveText('allstaff@contoso.com');
    await analyzer
      .route(/I manage Exchange/)
      .getByRole('link', { name: 'Distribution group', exact: true })
      .click();
    await expect(wizard.heading).toHaveText('How far should the recipient open up?');
    await wizard.choose(/Accept mail from everyone/);
    await wizard.choose(/PowerShell/);
    await expect(commands.recipient).toHaveValue('allstaff@contoso.com');
    await expect(commands.carriedOver(commands.recipient)).toContainText(
      'From the bounce: allstaff@contoso.com',
    );
    await expect(commands.code(commands.blocksWith('$false'))).toContainText(
      "-Identity 'allstaff@contoso.com'",
    );
    // Editable like anything typed: typing replaces it and the mark goes.
    await commands.recipient.fill('All Staff');
    await expect(commands.carriedOver(commands.recipient)).toHaveCount(0);
    await expect(commands.code(commands.blocksWith('$false'))).toContainText(
      "-Identity 'All Staff'",
    );
  });

  test('a hostile stored value is shown as text and quoted in every command', async ({
    wizard,
  }) => {
    const hostileValue = `x'; Remove-Mailbox -Identity y # <img src=x onerror=alert(1)>`;
    await wizard.page.addInitScript(
      ([key, value, page]) => {
        const inputs = { recipient: { value, page, from: 'bounce' } };
        const state = {
          commandInputs: { 'distribution-group': { at: Date.now(), inputs } },
          progress: {},
        };
        localStorage.setItem(key, JSON.stringify({ state, version: 2 }));
      },
      [STORE_KEY, hostileValue, onlineSendersPowerShell] as const,
    );
    const { commands } = wizard;
    await wizard.open(onlinePowerShell);
    await expect(commands.carriedOver(commands.recipient)).toContainText(
      `From the bounce: ${hostileValue}`,
    );
    await expect(wizard.page.locator('img[src="x"]')).toHaveCount(0);
    await expect(commands.code(commands.blocksWith('$false'))).toContainText(
      `-Identity 'x''; Remove-Mailbox -Identity y # <img src=x onerror=alert(1)>'`,
    );
  });
});

test('a fix page still shows its commands when the builder cannot load', async ({ wizard }) => {
  await wizard.page.route(/\/command-builder-[^/]*\.js$/, (route) => route.abort());
  await wizard.open(onlinePowerShell);
  await expect(wizard.page.getByText('The command builder could not be loaded')).toBeVisible();
  await expect(wizard.step(3)).toContainText(
    'Set-DistributionGroup -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false',
  );
  // The refused chunk is logged as a failed resource; that, and only that, is expected here.
  const unexpected = wizard.pageErrors.filter((error) => !/Failed to load|import/i.test(error));
  expect(unexpected).toEqual([]);
  wizard.pageErrors.splice(0);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
