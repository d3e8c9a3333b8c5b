import AxeBuilder from '@axe-core/playwright';
import { loadContentBundle } from '../src/content/build/content-plugin.ts';
import { resolvePosition } from '../src/content/resolve-position.ts';
import { bounceFixture, expect, test } from './support/wizard-fixture.ts';

const content = loadContentBundle(process.cwd());

function entry(id: string) {
  const found = content.codes.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No catalogue entry "${id}"`);
  return found;
}

/**
 * The deepest prefix of these answers the current tree holds, with its heading: where a continue
 * link must land when some content has not landed yet. Worked out with resolvePosition, not with
 * the code under test.
 */
function deepestPosition(segments: string[]) {
  for (let length = segments.length; length >= 0; length -= 1) {
    const position = resolvePosition(content, segments.slice(0, length));
    if (position.kind === 'question')
      return { path: position.path, heading: position.question.title };
    if (position.kind === 'fix') return { path: position.path, heading: position.fix.title };
  }
  throw new Error('The tree has no start');
}

const recipientQuestion = Object.values(content.tree.questions).find(
  (question) => question.key === 'recipient',
);
const treeHas = (slug: string) =>
  recipientQuestion?.options.some((option) => option.slug === slug) ?? false;

const ADMIN = /I manage Exchange/;
const SENDER = /I sent an email/;

test.describe('paste, analyze, continue', () => {
  test('an on-premises AuthRequired bounce keeps its platform on the way to the fix', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('auth-required--outlook-exchange-2010.txt');
    await expect(analyzer.resultHeading).toHaveText(entry('auth-required').title);
    await expect(analyzer.resultHeading).toBeFocused();
    await expect(analyzer.result).toContainText(entry('auth-required').explanation.whoCanFix);
    await expect(
      analyzer.evidence.locator('mark', { hasText: 'RESOLVER.RST.AuthRequired' }),
    ).toBeVisible();
    await expect(analyzer.fact('Status code')).toHaveText('5.7.1');
    await expect(analyzer.fact('Recipient')).toHaveText('allstaff@contoso.com');
    await expect(analyzer.fact('Version')).toContainText('Exchange Server 2010');
    await expect(analyzer.fact('Reporting server')).toHaveText('EX2010.contoso.local');
    // The text never reaches the address.
    expect(wizard.appPath(baseURL)).toBe('/analyze');
    expect(new URL(wizard.page.url()).search).toBe('');

    // Both roles are offered; the sender's path goes straight to what this bounce says.
    await expect(analyzer.routes).toHaveCount(2);
    const senderPage = deepestPosition(['sender', 'authentication-required']);
    expect(senderPage.path).toBe('/sender/authentication-required');
    await expect(analyzer.continueLink(analyzer.route(SENDER))).toHaveAttribute(
      'href',
      new RegExp(`${senderPage.path}$`),
    );

    // The recipient is asked, but the platform the bounce shows is kept.
    const admin = analyzer.route(ADMIN);
    await expect(analyzer.continueLink(admin)).toHaveAttribute('href', /\/admin$/);
    await admin.getByRole('link', { name: 'Distribution group', exact: true }).click();
    const expected = deepestPosition(['admin', 'distribution-group', 'exchange-2010']);
    expect(expected.path).toBe('/admin/distribution-group/exchange-2010');
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    await expect(wizard.heading).toHaveText(expected.heading);

    // Back in the analyzer, the result is still there.
    await wizard.page.goBack();
    await expect(analyzer.resultHeading).toHaveText(entry('auth-required').title);
  });

  test('5.7.133 from a quoted-printable .eml goes to the group types it can mean', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.openFixtureFile('exo-5-7-133-group--dsn.eml');
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-133-group').title);
    await expect(analyzer.result).toContainText('exo-5-7-133-group--dsn.eml');
    await expect(analyzer.fact('Exchange')).toHaveText(/Exchange Online/);
    const admin = analyzer.route(ADMIN);
    await expect(admin).toContainText(
      /Also from the bounce, kept when you answer below: Exchange Online/,
    );
    // Only group types are offered, never a mailbox.
    await expect(admin.getByRole('link', { name: /mailbox/i })).toHaveCount(0);
    await admin.getByRole('link', { name: 'Distribution group', exact: true }).click();
    const expected = deepestPosition(['admin', 'distribution-group', 'exchange-online']);
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    await expect(wizard.heading).toHaveText(expected.heading);
  });

  test('5.7.136 continues as far as the tree takes a mail user in Exchange Online', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('exo-5-7-136-mail-user--outlook.txt');
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-136-mail-user').title);
    await expect(analyzer.fact('Recipient type')).toHaveText(/mail user/i);
    const expected = deepestPosition(['admin', 'mail-user', 'exchange-online']);
    await analyzer.continueLink(analyzer.route(ADMIN)).click();
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    await expect(wizard.heading).toHaveText(expected.heading);
    if (treeHas('mail-user')) {
      // With the content in, the next question is the method.
      expect(expected.path).toBe('/admin/mail-user/exchange-online');
      await expect(wizard.option(/Accept mail from everyone/i)).toBeVisible();
    }
  });

  test('an app-side 5.7.57 goes only down the app path, with its platform', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('app-5-7-57-not-authenticated--app-log.txt');
    await expect(analyzer.resultHeading).toHaveText(entry('app-5-7-57-not-authenticated').title);
    await expect(analyzer.routes).toHaveCount(1);
    const route = analyzer.route(/An app or device/);
    const expected = deepestPosition(['app', 'exchange-online', 'sign-in-error']);
    await analyzer.continueLink(route).click();
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    expect(expected.path).toBe('/app/exchange-online/sign-in-error');
    await expect(wizard.heading).toHaveText(expected.heading);
  });

  test('an ambiguous bounce asks its question before it goes anywhere', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    const ask = entry('client-not-authenticated').ask;
    if (!ask) throw new Error('client-not-authenticated has no question');
    const appOption = ask.options.find((option) => option.kind === 'app-side');
    const bounceOption = ask.options.find((option) => option.kind === 'in-family');
    if (!appOption || !bounceOption) throw new Error('unexpected options');

    await analyzer.open();
    await analyzer.analyzeFixture('client-not-authenticated--outlook-on-premises.txt');
    const question = analyzer.result.getByRole('group', { name: ask.question });
    await expect(question).toBeVisible();
    await expect(analyzer.treeLinks).toHaveCount(0);

    await question.getByRole('button', { name: bounceOption.label }).click();
    await expect(question.getByRole('button', { name: bounceOption.label })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(analyzer.routes).toHaveCount(2);

    await question.getByRole('button', { name: appOption.label }).click();
    await expect(analyzer.routes).toHaveCount(1);
    // On premises, version unknown: the platforms it can be are offered, each going on to the fix.
    const app = analyzer.route(/An app or device/);
    await expect(analyzer.continueLink(app)).toHaveAttribute('href', /\/app$/);
    await app.getByRole('link', { name: 'Exchange Server 2010' }).click();
    const expected = deepestPosition(['app', 'exchange-2010', 'sign-in']);
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    await expect(wizard.heading).toHaveText(expected.heading);
  });

  test('an unrelated relay-denied bounce is said to be outside the family, with no fix link', async ({
    analyzer,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('relay-denied--outlook.txt');
    await expect(analyzer.resultHeading).toHaveText(entry('relay-denied').title);
    await expect(analyzer.result).toContainText('Outside this wizard’s family');
    await expect(analyzer.result).toContainText(entry('relay-denied').explanation.what);
    await expect(analyzer.evidence.locator('mark', { hasText: 'Unable to relay' })).toBeVisible();
    await expect(analyzer.treeLinks).toHaveCount(0);
  });

  test('a documented code outside the family says who fixes it, what to do and links Microsoft', async ({
    analyzer,
  }) => {
    const dmarc = entry('exo-5-7-509-dmarc-reject');
    const article = dmarc.sources[0] ?? '';
    await analyzer.open();
    await analyzer.analyze(
      "Remote Server returned '550 5.7.509 Access denied, sending domain [fabrikam.com] does not pass DMARC verification and has a DMARC policy of reject.'",
    );
    await expect(analyzer.resultHeading).toHaveText(dmarc.title);
    await expect(analyzer.result).toContainText('The sender’s email admin');
    for (const step of dmarc.nextSteps ?? []) await expect(analyzer.result).toContainText(step);
    await expect(
      analyzer.result.getByText('Microsoft’s article on it:').getByRole('link', { name: article }),
    ).toHaveAttribute('href', article);
    await expect(analyzer.treeLinks).toHaveCount(0);
  });

  test('an error met while applying a fix is explained, with the fix and the way back', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    const error = entry('admin-error-not-group-manager');
    await analyzer.open();
    await analyzer.analyze(
      "Set-DistributionGroup : You don't have sufficient permissions. This operation can only be performed by a manager of the group.",
    );
    await expect(analyzer.resultHeading).toHaveText(error.title);
    await expect(analyzer.result).toContainText('This is not a bounce');
    await expect(
      analyzer.result.getByRole('heading', { name: 'What the error means' }),
    ).toBeVisible();
    const fix = analyzer.result
      .getByRole('heading', { name: 'How to fix it' })
      .locator('xpath=following-sibling::ol[1]');
    await expect(fix).toContainText('-BypassSecurityGroupManagerCheck');
    await expect(fix).toContainText('Organization Management');
    await expect(fix).toContainText('Security Group Creation and Membership');
    await expect(analyzer.result.getByRole('heading', { name: 'Who can fix it' })).toHaveCount(0);
    // Back into the admin path, offering only the group types the error is about.
    const admin = analyzer.route(ADMIN);
    await expect(analyzer.routes).toHaveCount(1);
    await expect(admin.getByRole('link', { name: 'User mailbox', exact: true })).toHaveCount(0);
    await admin.getByRole('link', { name: 'Distribution group', exact: true }).click();
    const expected = deepestPosition(['admin', 'distribution-group']);
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    await expect(wizard.heading).toHaveText(expected.heading);
  });

  test('a recipient synchronized from on-premises is sent to its on-premises fix', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('admin-error-synced-mail-user--powershell.txt');
    await expect(analyzer.resultHeading).toHaveText(entry('admin-error-synced-mail-user').title);
    await expect(analyzer.result).toContainText('Start-ADSyncSyncCycle -PolicyType Delta');
    const admin = analyzer.route(ADMIN);
    await analyzer.continueLink(admin).click();
    const expected = deepestPosition(['admin', 'mail-user', 'exchange-server']);
    expect(expected.path).toBe('/admin/mail-user/exchange-server');
    expect(wizard.appPath(baseURL)).toBe(expected.path);
    await expect(wizard.heading).toHaveText(expected.heading);
  });

  test('5.7.134 offers only the mailbox types the tree has', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.openFixtureFile('exo-5-7-134-mailbox--dsn.eml');
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-134-mailbox').title);
    const admin = analyzer.route(ADMIN);
    await expect(analyzer.continueLink(admin)).toHaveAttribute('href', /\/admin$/);
    for (const slug of ['user-mailbox', 'shared-mailbox']) {
      const links = admin.locator(`a[href$="/admin/${slug}/exchange-online"]`);
      await expect(links).toHaveCount(treeHas(slug) ? 1 : 0);
    }
    await expect(admin.getByRole('link', { name: 'Distribution group', exact: true })).toHaveCount(
      0,
    );
  });
});

test.describe('.eml files', () => {
  const cases: Array<[string, string, string]> = [
    [
      'multipart/report with base64 delivery status',
      'exo-5-7-134-mailbox--dsn.eml',
      'exo-5-7-134-mailbox',
    ],
    [
      'quoted-printable body',
      'exo-public-folder-auth-required--dsn.eml',
      'exo-public-folder-auth-required',
    ],
    ['base64 body', 'exo-5-7-193-microsoft-365-group--dsn.eml', 'exo-5-7-193-microsoft-365-group'],
    ['on-premises raw DSN', 'auth-required--dsn-exchange-2016.eml', 'auth-required'],
    ['state 14 in base64', 'state-14-user-unknown--dsn.eml', 'state-14-user-unknown'],
  ];
  for (const [what, file, id] of cases) {
    test(`reads a ${what}`, async ({ analyzer }) => {
      await analyzer.open();
      await analyzer.openFixtureFile(file);
      await expect(analyzer.resultHeading).toHaveText(entry(id).title);
      await expect(analyzer.evidence).toBeVisible();
    });
  }

  test('decodes RFC 2047 headers', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.openFixtureFile('exo-5-7-12-organization-only--dsn.eml');
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-12-organization-only').title);
    await expect(analyzer.result).toContainText('Unzustellbar: Quartalsübersicht');
  });

  test('reads a dropped .eml file', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.dropFile(
      'bounce.eml',
      bounceFixture('exo-5-7-193-microsoft-365-group--dsn.eml'),
    );
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-193-microsoft-365-group').title);
    await expect(analyzer.result).toContainText('bounce.eml');
  });

  test('reads a dropped .txt file', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.dropFile('ndr.txt', bounceFixture('relay-denied--outlook.txt'), 'text/plain');
    await expect(analyzer.resultHeading).toHaveText(entry('relay-denied').title);
  });
});

test.describe('bad input', () => {
  test('empty input asks for a bounce and keeps focus on the text area', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.analyze('   \n  ');
    await expect(analyzer.problem).toContainText('nothing to analyze');
    await expect(analyzer.textArea).toBeFocused();
    await expect(analyzer.textArea).toHaveAttribute('aria-invalid', 'true');
    await expect(analyzer.resultHeading).toHaveCount(0);
  });

  test('text without a code says so and gives tips', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.analyze('Hi, my email to the sales team bounced again. Can you help?');
    await expect(analyzer.resultHeading).toHaveText('No bounce code found');
    await expect(analyzer.result).toContainText('Diagnostic information for administrators');
    await expect(analyzer.treeLinks).toHaveCount(0);
  });

  test('a binary file is refused with a message', async ({ analyzer }) => {
    await analyzer.open();
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    await analyzer.fileInput.setInputFiles({
      name: 'bounce.eml',
      mimeType: 'message/rfc822',
      buffer: png,
    });
    await expect(analyzer.problem).toContainText('not text');
    await expect(analyzer.resultHeading).toHaveCount(0);
    // The page still works afterwards.
    await analyzer.analyzeFixture('relay-denied--outlook.txt');
    await expect(analyzer.problem).toHaveCount(0);
  });

  test('an empty file is refused with a message', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.fileInput.setInputFiles({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(0),
    });
    await expect(analyzer.problem).toContainText('empty');
  });

  test('a 5 MB paste is analyzed and the bounce inside it is found', async ({ analyzer }) => {
    test.slow();
    await analyzer.open();
    const filler = '> Hi team, please find the figures for the third quarter attached.\n';
    const half = filler.repeat(Math.ceil((2.5 * 1024 * 1024) / filler.length));
    const text = `${half}${bounceFixture('exo-5-7-133-group--outlook.txt')}\n${half}`;
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    await analyzer.paste(text);
    await analyzer.analyzeButton.click();
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-133-group').title, {
      timeout: 20_000,
    });
    await expect(analyzer.result).toContainText(/5,\d{3},\d{3} characters/);
  });

  test('a pasted bounce is analyzed before the click, which then only shows the result', async ({
    analyzer,
  }) => {
    await analyzer.open();
    const filler = '> Hi team, please find the figures for the third quarter attached.\n';
    const text = `${filler.repeat(16_000)}${bounceFixture('exo-5-7-133-group--outlook.txt')}`;
    await analyzer.paste(text);
    await expect.poll(() => analyzer.analysesRun()).toBe(1);
    await analyzer.analyzeButton.click();
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-133-group').title);
    expect(await analyzer.analysesRun()).toBe(1);

    // Changed after that analysis: the click analyzes the text as it is now.
    await analyzer.paste(bounceFixture('auth-required--outlook-exchange-2010.txt'));
    await analyzer.analyzeButton.click();
    await expect(analyzer.resultHeading).toHaveText(entry('auth-required').title);
    expect(await analyzer.analysesRun()).toBe(2);
  });

  test('HTML and script in the text are shown as text and never run', async ({ analyzer }) => {
    const hostile =
      '<script>alert(1)</script><img src=x onerror=alert(2)>\n' +
      '<b>550 5.7.1 RESOLVER.RST.AuthRequired; authentication required</b> <img src=x onerror=alert(3)>';
    await analyzer.open();
    await analyzer.analyze(hostile);
    await expect(analyzer.resultHeading).toHaveText(entry('auth-required').title);
    await expect(analyzer.evidence).toContainText('<b>550 5.7.1');
    await expect(analyzer.evidence).toContainText('<img src=x onerror=alert(3)>');
    await expect(analyzer.result.locator('img, script, b')).toHaveCount(0);
    // The fixture fails the test on any dialog or page error.
  });
});

test.describe('bounces in other languages', () => {
  for (const [name, language, id] of [
    ['auth-required--outlook-exchange-2010.de.txt', 'German', 'auth-required'],
    [
      'exo-5-7-193-microsoft-365-group--outlook.ja.txt',
      'Japanese',
      'exo-5-7-193-microsoft-365-group',
    ],
  ] as const) {
    test(`a ${language} NDR gets the diagnosis of its English twin`, async ({ analyzer }) => {
      const twin = name.replace(/\.[a-z]{2}\.txt$/, '.txt');
      await analyzer.open();
      await analyzer.analyzeFixture(twin);
      const recipient = await analyzer.fact('Recipient').textContent();
      const server = await analyzer.fact('Reporting server').textContent();
      await analyzer.analyzeFixture(`localized/${name}`);
      await expect(analyzer.resultHeading).toHaveText(entry(id).title);
      await expect(analyzer.fact('Language of the report')).toHaveText(language);
      await expect(analyzer.fact('Recipient')).toHaveText(recipient ?? '');
      await expect(analyzer.fact('Reporting server')).toHaveText(server ?? '');
    });
  }
});

test.describe('ways in', () => {
  test('the start page leads to the analyzer', async ({ wizard, baseURL }) => {
    await wizard.open('/');
    await wizard.page.getByRole('link', { name: 'Open the bounce analyzer' }).click();
    expect(wizard.appPath(baseURL)).toBe('/analyze');
    await expect(wizard.heading).toHaveText('Analyze a bounce');
    await expect(wizard.heading).toBeFocused();
  });

  test('the header links to the analyzer and says nothing is uploaded there', async ({
    wizard,
    analyzer,
  }) => {
    await wizard.open('/admin');
    await wizard.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Analyze a bounce' })
      .click();
    await expect(wizard.heading).toHaveText('Analyze a bounce');
    await expect(wizard.page.getByText('Nothing you paste or open is uploaded')).toBeVisible();
    await expect(analyzer.fileInput).toHaveAttribute('type', 'file');
  });

  test('a direct load of /analyze works', async ({ analyzer }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('exo-5-7-193-microsoft-365-group--outlook.txt');
    await expect(analyzer.resultHeading).toHaveText(entry('exo-5-7-193-microsoft-365-group').title);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on a result or a problem (${scheme})`, async ({ analyzer, page }) => {
      const scan = async () => {
        const { violations } = await new AxeBuilder({ page }).analyze();
        return violations.map((violation) => `${violation.id}: ${violation.help}`);
      };
      await page.emulateMedia({ colorScheme: scheme });
      await analyzer.open();
      await analyzer.analyzeFixture('client-not-authenticated--outlook-on-premises.txt');
      await analyzer.result.getByRole('button').last().click();
      await expect(analyzer.routes.first()).toBeVisible();
      expect(await scan()).toEqual([]);

      await analyzer.analyze('');
      await expect(analyzer.problem).toBeVisible();
      expect(await scan()).toEqual([]);
    });
  }
});

test.describe('a bounce an app or device caused leads to the app path first', () => {
  test('a scanner’s scan-to-email bounce (Exchange 2010) puts the app path first, with no sender card', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('auth-required--scanner-exchange-2010.txt');
    await expect(analyzer.result).toContainText(
      'The bounced message came from scanner@contoso.com, in the recipient’s own domain',
    );
    await expect(analyzer.routes.first()).toHaveAccessibleName(/An app or device sends the mail/);
    await expect(analyzer.route(SENDER)).toHaveCount(0);
    // No message to "their admin": the person holding this bounce is on the recipient's side.
    await expect(wizard.senderMessage.adminEmailLink).toHaveCount(0);
    await analyzer.continueLink(analyzer.routes.first()).click();
    expect(wizard.appPath(baseURL)).toBe('/app/exchange-2010');
    await expect(wizard.heading).toHaveText('How does the app send its messages today?');
  });

  test('an SMTP AUTH log line goes to the app’s sign-in errors', async ({
    analyzer,
    wizard,
    baseURL,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('app-5-7-3-auth-unsuccessful--smtp-auth-log-5-7-139.txt');
    await expect(analyzer.routes).toHaveCount(1);
    await analyzer.continueLink(analyzer.routes.first()).click();
    expect(wizard.appPath(baseURL)).toBe('/app/exchange-online/sign-in-error');
  });

  test('a bounce that went back to an outside sender puts the sender first, the admin second', async ({
    analyzer,
  }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('exo-5-7-133-group--dsn.eml');
    await expect(analyzer.routes.first()).toHaveAccessibleName(SENDER);
    await expect(analyzer.routes.nth(1)).toHaveAccessibleName(ADMIN);
    await expect(analyzer.continueLink(analyzer.routes.first())).toHaveClass(/bg-blue-700/);
  });
});

test('the analysis prints with a header and without the form', async ({ analyzer }) => {
  await analyzer.open();
  await analyzer.analyzeFixture('exo-5-7-136-mail-user--outlook.txt');
  await expect(analyzer.resultHeading).toBeVisible();
  await analyzer.page.emulateMedia({ media: 'print' });
  const today = new Date().toISOString().slice(0, 10);
  await expect(analyzer.result.locator('[data-print-header]')).toHaveText(
    `Bounce analysis · ${today}`,
  );
  await expect(analyzer.textArea).toBeHidden();
  await expect(analyzer.analyzeButton).toBeHidden();
  await expect(analyzer.resultHeading).toBeVisible();
  await expect(analyzer.evidence).toBeVisible();
  await expect(analyzer.routes.first()).toBeVisible();
});
