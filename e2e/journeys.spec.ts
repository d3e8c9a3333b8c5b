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
    await expect(wizard.step(1)).toContainText('IsDirSynced');
    await expect(wizard.step(3)).toContainText('Set-DistributionGroup');
    await expect(wizard.page.getByRole('heading', { name: 'Undo' })).toBeVisible();
    await expect(wizard.page).toHaveTitle(/Exchange Online PowerShell · Bounce-fix wizard/);
  });

  test('an admin on Exchange 2010 reaches the console steps', async ({ wizard }) => {
    await wizard.open('/admin/distribution-group/exchange-2010/allowed-senders');
    await expect(wizard.option(/New Exchange admin center/)).toHaveCount(0);
    await wizard.choose(/Exchange Management Console/);
    await expect(wizard.step(2)).toContainText('New Mail Contact');
    await expect(wizard.step(8)).toContainText('Only senders in the following list');
    // Hiding the new dynamic group is a Shell step on this console, and the step says so.
    await expect(wizard.step(1)).toContainText(
      'Hiding it from the address book needs the Exchange Management Shell',
    );
  });

  test('an admin in the new EAC gets its clicks, and is told plainly which steps need PowerShell', async ({
    wizard,
  }) => {
    await wizard.open('/admin/distribution-group/exchange-online/allowed-senders');
    await wizard.choose(/New Exchange admin center/);
    await expect(wizard.step(1)).toContainText('This step needs Exchange Online PowerShell');
    await expect(wizard.step(2)).toContainText('This check needs Exchange Online PowerShell');
    await expect(wizard.step(2)).toContainText('Edit delivery management');
    await expect(wizard.step(3)).toContainText('Add a contact');
    await expect(wizard.step(3)).not.toContainText('New-MailContact');
  });
});

test.describe('the sender path: one journey per kind of bounce', () => {
  const journeys = [
    {
      answer: /Authentication required, or I wasn't authenticated/,
      path: '/sender/authentication-required',
      heading: 'The recipient accepts mail only from inside its own organization',
      fact: 'RESOLVER.RST.AuthRequired',
    },
    {
      answer: /isn't set up to receive messages from me/,
      path: '/sender/group-external-senders',
      heading: "The Microsoft 365 group doesn't accept mail from outside senders",
      fact: '550 5.7.193 UnifiedGroupAgent',
    },
    {
      answer: /not on the allowed senders list/,
      path: '/sender/not-allowed',
      heading: 'The recipient accepts mail only from a list of allowed senders',
      fact: 'try joining it in Outlook',
      askStep: 3,
    },
    {
      answer: /Something else, or I'm not sure/,
      path: '/sender/not-sure',
      heading: 'Your message bounced — what it may mean and who can fix it',
      fact: 'bounce analyzer',
    },
  ];

  for (const journey of journeys) {
    test(`someone whose bounce fits ${journey.path} learns who can fix it and what to send`, async ({
      wizard,
      baseURL,
    }) => {
      await wizard.open('/');
      await wizard.choose(/I sent an email and got a bounce/);
      await expect(wizard.heading).toHaveText('What does the bounce say?');
      await wizard.choose(journey.answer);

      expect(wizard.appPath(baseURL)).toBe(journey.path);
      await expect(wizard.heading).toHaveText(journey.heading);
      await expect(wizard.page.getByText(journey.fact, { exact: false }).first()).toBeVisible();
      const askStep = journey.askStep ?? 2;
      await expect(wizard.step(askStep)).toContainText('ready-made message');
      await expect(wizard.step(askStep + 1)).toContainText("Don't keep resending");
      await expect(wizard.page.getByRole('code').filter({ hasText: /Set-|Get-/ })).toHaveCount(0);
    });
  }

  test('the mail-admin link on a sender page opens the admin path', async ({ wizard, baseURL }) => {
    await wizard.open('/sender/authentication-required');
    await wizard.page.getByRole('link', { name: 'page for mail admins' }).click();
    expect(wizard.appPath(baseURL)).toBe('/admin');
    await expect(wizard.heading).toHaveText('What kind of recipient refused the message?');
  });
});

test.describe('the app-owner path: one journey per platform and per way the app sends', () => {
  const journeys = [
    {
      platform: /Exchange Online/,
      sending: /without signing in/,
      path: '/app/exchange-online/sign-in',
      heading: 'Make the app sign in to Exchange Online before it sends',
      step: 6,
      fact: 'smtp.office365.com',
    },
    {
      platform: /Exchange Online/,
      sending: /signs in, but sending fails/,
      path: '/app/exchange-online/sign-in-error',
      heading: "Fix the app's sign-in errors with Exchange Online",
      step: 2,
      fact: 'Look the code up below',
    },
    {
      platform: /Exchange Online/,
      sending: /can't sign in at all/,
      path: '/app/exchange-online/cannot-sign-in',
      heading: "When the app can't sign in to Exchange Online, let the group accept its mail",
      step: 2,
      fact: 'Direct send',
    },
    {
      platform: /2013, 2016, 2019 or Subscription Edition/,
      sending: /without signing in/,
      path: '/app/exchange-server/sign-in',
      heading: 'Make the app sign in to Exchange Server before it sends',
      step: 2,
      fact: 'Client Frontend',
    },
    {
      platform: /2013, 2016, 2019 or Subscription Edition/,
      sending: /can't sign in at all/,
      path: '/app/exchange-server/cannot-sign-in',
      heading:
        "When the app can't sign in to Exchange Server, trust its IP address or relax the group",
      step: 2,
      fact: 'ExternalAuthoritative',
    },
    {
      platform: /Exchange Server 2010/,
      sending: /signs in, but sending fails/,
      path: '/app/exchange-2010/sign-in-error',
      heading: "Fix the app's sign-in errors with your own Exchange server",
      step: 1,
      fact: 'Find the exact error',
    },
    {
      platform: /Exchange Server 2007/,
      sending: /without signing in/,
      path: '/app/exchange-2007/sign-in',
      heading: 'Make the app sign in to Exchange 2007 before it sends',
      step: 2,
      fact: 'Hub Transport',
    },
    {
      platform: /Exchange Server 2010/,
      sending: /can't sign in at all/,
      path: '/app/exchange-2010/cannot-sign-in',
      heading:
        "When the app can't sign in to Exchange 2010, trust its IP address or relax the group",
      step: 2,
      fact: 'Externally Secured',
    },
  ];

  for (const journey of journeys) {
    test(`an app owner reaches ${journey.path}`, async ({ wizard, baseURL }) => {
      await wizard.open('/');
      await wizard.choose(/An app or device sends the mail/);
      await expect(wizard.heading).toHaveText(
        "Where does the group that should receive the app's messages live?",
      );
      await wizard.choose(journey.platform);
      await expect(wizard.heading).toHaveText('How does the app send its messages today?');
      await wizard.choose(journey.sending);

      expect(wizard.appPath(baseURL)).toBe(journey.path);
      await expect(wizard.heading).toHaveText(journey.heading);
      await expect(wizard.step(journey.step)).toContainText(journey.fact);
      for (const section of ['Verify', 'Test', 'Undo']) {
        await expect(
          wizard.page.getByRole('heading', { name: section, exact: true }),
        ).toBeVisible();
      }
    });
  }

  test('an app owner with a sign-in error follows the link from the sign-in page', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open('/app/exchange-online/sign-in');
    await expect(wizard.step(4)).toContainText(
      'Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
    );
    await wizard.page.getByRole('link', { name: "the app's sign-in errors page" }).click();
    expect(wizard.appPath(baseURL)).toBe('/app/exchange-online/sign-in-error');
    await expect(wizard.page.getByRole('heading', { name: /^5\.7\.30/ })).toBeVisible();
  });
});
