import type { Locator } from '@playwright/test';
import { loadContentBundle } from '../src/content/build/content-plugin.ts';
import { resolvePosition } from '../src/content/resolve-position.ts';
import { DANAS_BOUNCE, expect, test } from './support/wizard-fixture.ts';

const content = loadContentBundle(process.cwd());

/** The deepest admin position these answers reach in the current tree (worked out independently). */
function deepestAdminPath(answers: string[]): string {
  for (let length = answers.length; length >= 0; length -= 1) {
    const position = resolvePosition(content, ['admin', ...answers.slice(0, length)]);
    if (position.kind === 'question' || position.kind === 'fix') return position.path;
  }
  return '/admin';
}

const fixPath = '/admin/distribution-group/exchange-online/allow-everyone/powershell';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('copy a link', () => {
  test('a fix page copies its full URL, base path included, and says so', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open(fixPath);
    await wizard.helpdesk.copyPageLinkButton.click();
    await expect(wizard.status('Link copied')).toBeVisible();
    expect(await wizard.clipboardText()).toBe(wizard.absoluteUrl(fixPath, baseURL));
  });

  test('a question page copies its URL', async ({ wizard, baseURL }) => {
    await wizard.open('/admin/distribution-group');
    await wizard.helpdesk.copyPageLinkButton.click();
    await expect(wizard.status('Link copied')).toBeVisible();
    expect(await wizard.clipboardText()).toBe(
      wizard.absoluteUrl('/admin/distribution-group', baseURL),
    );
  });

  test('each numbered step shows its link without hover or focus, and it lands on the step', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open(fixPath);
    await wizard.page.mouse.move(0, 0);
    const link = wizard.helpdesk.stepLink(2);
    await expect(link).toHaveAttribute('href', new RegExp(`${fixPath}#step-2$`));
    // Touch screens have no hover: the link and its copy button show on their own.
    await expect(link).toBeVisible();
    await expect(wizard.helpdesk.stepLinkTools(2)).toHaveCSS('opacity', '1');
    await expect(wizard.helpdesk.copyStepLinkButton(2)).toBeVisible();
    await link.click();
    expect(new URL(wizard.page.url()).hash).toBe('#step-2');
    expect(wizard.appPath(baseURL)).toBe(fixPath);
    await expect(wizard.step(2)).toBeFocused();
  });

  test('a step link can be copied', async ({ wizard, baseURL }) => {
    await wizard.open(fixPath);
    await wizard.helpdesk.copyStepLinkButton(2).click();
    await expect(wizard.status('Link to step 2 copied')).toBeVisible();
    expect(await wizard.clipboardText()).toBe(wizard.absoluteUrl(`${fixPath}#step-2`, baseURL));
  });
});

test.describe('when the browser refuses to copy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      document.execCommand = () => false;
    });
  });

  test('the link is shown selected, with instructions to copy it by hand', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.open(fixPath);
    await wizard.helpdesk.copyPageLinkButton.click();
    await expect(
      wizard.status(
        "Your browser didn't let this page copy. The text is selected below: press Ctrl+C to copy it.",
      ),
    ).toBeVisible();
    const shown = wizard.page.getByRole('textbox', { name: 'Text to copy' });
    await expect(shown).toHaveValue(wizard.absoluteUrl(fixPath, baseURL));
    await expect(shown).toBeFocused();
    expect(await selectedLength(shown)).toBe(wizard.absoluteUrl(fixPath, baseURL).length);
  });

  test('the admin message is selected where it is shown', async ({ wizard }) => {
    await wizard.senderMessage.openSenderPage();
    await wizard.page.getByRole('button', { name: 'Copy message' }).click();
    await expect(
      wizard.status(
        "Your browser didn't let this page copy. The text is selected: press Ctrl+C to copy it.",
      ),
    ).toBeVisible();
    await expect(wizard.senderMessage.adminMessageText).toBeFocused();
    const length = (await wizard.senderMessage.adminMessageText.inputValue()).length;
    expect(await selectedLength(wizard.senderMessage.adminMessageText)).toBe(length);
  });
});

/** How many characters of a text field are selected. */
function selectedLength(field: Locator): Promise<number> {
  return field.evaluate(
    (element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart,
  );
}

test.describe('a message to the recipient’s admin', () => {
  test('the sender’s page prefills an email with the code, the recipient and the fix link', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.senderMessage.openSenderPage();
    await wizard.senderMessage.fillIn({
      recipient: DANAS_BOUNCE.recipient,
      code: DANAS_BOUNCE.code,
    });

    const { subject, body } = await wizard.senderMessage.adminEmail();
    expect(subject).toContain('5.7.133');
    expect(subject).toContain('sales@contoso.com');
    expect(body).toContain('bounce code 5.7.133');
    expect(body).toContain(
      'turn off "require that all senders are authenticated" for sales@contoso.com, or add me to its allowed senders',
    );
    // 5.7.133 is a group in Exchange Online: one link per kind of group, the first a distribution group.
    const link = body
      .split(/\r\n/)
      .map((line) => /https?:\/\/\S+/.exec(line)?.[0])
      .find(Boolean);
    expect(link).toBe(wizard.absoluteUrl('/admin/distribution-group/exchange-online', baseURL));
    expect(body).toContain('- Mail-enabled security group: ');

    // The same text, for a ticket, and it can be copied.
    await expect(wizard.senderMessage.adminMessageText).toHaveValue(
      `Subject: ${subject}\n\n${body.replace(/\r\n/g, '\n')}`,
    );
    await wizard.page.getByRole('button', { name: 'Copy message' }).click();
    await expect(wizard.status('Message copied')).toBeVisible();
    expect(await wizard.clipboardText()).toContain('bounce code 5.7.133');

    // The link leads an admin to a real step of the admin path.
    await wizard.page.goto(link ?? '');
    await expect(wizard.heading).not.toHaveText('This step doesn’t exist');
    expect(wizard.appPath(baseURL)).toMatch(/^\/admin(\/|$)/);
  });

  test('without a code, the message links to the start of the admin path', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.senderMessage.openSenderPage();
    const { subject, body } = await wizard.senderMessage.adminEmail();
    expect(subject).toBe('Please let my email through');
    expect(body.split('\r\n')).toContain(wizard.absoluteUrl('/admin', baseURL));
  });

  test('typed text stays text: no markup reaches the page and the link gains no fields', async ({
    wizard,
  }) => {
    wizard.page.on('dialog', (dialog) => {
      wizard.pageErrors.push(`unexpected dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const typed = '<img src=x onerror=alert(1)>&cc=evil@example.com';
    await wizard.senderMessage.openSenderPage();
    await wizard.senderMessage.fillIn({ recipient: typed });
    await expect(wizard.senderMessage.adminMessageText).toHaveValue(
      new RegExp('<img src=x onerror=alert\\(1\\)>'),
    );
    await expect(wizard.page.locator('main img')).toHaveCount(0);
    const href = (await wizard.senderMessage.adminEmailLink.getAttribute('href')) ?? '';
    expect([...new URLSearchParams(href.slice('mailto:?'.length)).keys()]).toEqual([
      'subject',
      'body',
    ]);
    expect((await wizard.senderMessage.adminEmail()).subject).toContain(typed);
  });

  test('a sender page about one code fills it in', async ({ wizard, baseURL }) => {
    await wizard.open('/sender/group-external-senders');
    await expect(wizard.senderMessage.bounceCodeInput).toHaveValue('5.7.193');
    const { subject, body } = await wizard.senderMessage.adminEmail();
    expect(subject).toContain('5.7.193');
    expect(body).toContain(wizard.absoluteUrl('/admin', baseURL));
  });

  test('after an analysis, the message names the bounce’s code and address and links to the admin steps', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.senderMessage.analyzeFixture('exo-5-7-136-mail-user--outlook.txt');
    const { subject, body } = await wizard.senderMessage.adminEmail();
    expect(subject).toBe(
      'Please let my email through to kim.contractor@contoso.com (bounce 5.7.136)',
    );
    const expected = deepestAdminPath(['mail-user', 'exchange-online']);
    expect(body.split('\r\n')).toContain(wizard.absoluteUrl(expected, baseURL));
    await expect(wizard.senderMessage.adminMessageText).toHaveValue(/kim\.contractor@contoso\.com/);
  });

  test('an unrelated bounce gets no message to the admin', async ({ analyzer, wizard }) => {
    await analyzer.open();
    await analyzer.analyzeFixture('mailbox-full--outlook.txt');
    await expect(analyzer.resultHeading).toBeVisible();
    await expect(wizard.senderMessage.adminEmailLink).toHaveCount(0);
  });

  test('admin fix pages do not show the sender’s message', async ({ wizard }) => {
    await wizard.open(fixPath);
    await expect(wizard.step(1)).toBeVisible();
    await expect(wizard.senderMessage.adminEmailLink).toHaveCount(0);
  });
});
