import { DANAS_BOUNCE, expect, test } from './support/wizard-fixture.ts';
import type { WizardPage } from './support/pages/wizard-page.ts';

/** The message block starts on the first screen, its first field included. */
async function expectBlockOnFirstScreen(wizard: WizardPage, height: number) {
  const block = wizard.senderMessage.adminMessageBlock;
  await expect(block).toBeVisible();
  const top = (await block.boundingBox())?.y ?? Infinity;
  expect(top, 'the block starts on the first screen').toBeLessThan(height - 120);
  await expect(wizard.senderMessage.recipientAddressInput).toBeInViewport();
}

/** Dana (5.7.133 from sales@contoso.com) fills in the block; the email carries everything. */
async function danaWritesTheEmail(wizard: WizardPage, baseURL: string | undefined) {
  await wizard.senderMessage.fillIn(DANAS_BOUNCE);
  await expect(wizard.senderMessage.adminMessageBlock).toContainText('postmaster@contoso.com');
  const deepLink = wizard.absoluteUrl('/admin/distribution-group/exchange-online', baseURL);
  await expect(wizard.senderMessage.adminMessageText).toHaveValue(new RegExp(deepLink));
  const { to, subject, body } = await wizard.senderMessage.adminEmail();
  expect(to).toBe('postmaster@contoso.com');
  expect(subject).toBe('Please let my email through to sales@contoso.com (bounce 5.7.133)');
  expect(body).toContain(
    'My email to sales@contoso.com, sent today at 10:40 from dana@fabrikam.com, was refused with the bounce code 5.7.133.',
  );
  expect(body).toContain('I have attached the bounce');
  expect(body).toContain('add my address, dana@fabrikam.com, to its allowed senders');
  expect(body.split('\r\n')).toContain(`- Distribution group: ${deepLink}`);
  return deepLink;
}

test.describe('Dana’s message to the recipient’s admin, on a desktop (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the block is on the first screen and the email has all she knows', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.senderMessage.openSenderPage();
    await expectBlockOnFirstScreen(wizard, 800);
    const deepLink = await danaWritesTheEmail(wizard, baseURL);
    // The admin's link opens the question that is left: how far the group should open up.
    await wizard.page.goto(deepLink);
    await expect(wizard.heading).toHaveText('How far should the recipient open up?');
  });

  test('step 2 points to the block, and the jump link reaches it', async ({ wizard }) => {
    await wizard.senderMessage.openSenderPage();
    await wizard.step(2).getByRole('link', { name: 'at the top of this page' }).click();
    await expect(wizard.page).toHaveURL(/#send-to-admin$/);
    await expect(wizard.senderMessage.adminMessageBlock).toBeInViewport();
  });

  test('from the analyzer, the sender page arrives with the code, the address and the deep link', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.senderMessage.continueFromAnalysis('exo-5-7-136-mail-user--outlook.txt');
    await expect(wizard.senderMessage.bounceCodeInput).toHaveValue('5.7.136');
    await expect(wizard.senderMessage.recipientAddressInput).toHaveValue(
      'kim.contractor@contoso.com',
    );
    const { to, body } = await wizard.senderMessage.adminEmail();
    expect(to).toBe('postmaster@contoso.com');
    expect(body.split('\r\n')).toContain(
      wizard.absoluteUrl('/admin/mail-user/exchange-online', baseURL),
    );
  });
});

test.describe('Dana’s message to the recipient’s admin, on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the block is on the first screen and the email has all she knows', async ({
    wizard,
    baseURL,
  }) => {
    await wizard.senderMessage.openSenderPage();
    await expectBlockOnFirstScreen(wizard, 844);
    await danaWritesTheEmail(wizard, baseURL);
    const overflow = await wizard.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  });
});
