import { expect, test } from './support/wizard-fixture.ts';

test('the admin journey works on a phone', async ({ wizard }) => {
  await wizard.open('/');
  await wizard.choose(/I manage Exchange/);
  await wizard.choose(/Distribution group/);
  await wizard.choose(/Exchange Server 2010/);
  await wizard.choose(/Accept mail from everyone/);
  await wizard.choose(/PowerShell/);
  await expect(wizard.heading).toHaveText(/Exchange Management Shell/);
  const overflow = await wizard.page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
});

test('a long command wraps inside its block: every typed value shows, the page does not scroll sideways', async ({
  wizard,
}) => {
  await wizard.open('/admin/distribution-group/exchange-online/allowed-senders/powershell');
  await wizard.commands.recipient.fill('The sales and marketing team of the northern region');
  const change = wizard.commands.blocksWith('@{Add=');
  const code = change.locator('pre');
  await expect(wizard.commands.code(change)).toContainText("'The sales and marketing team");
  const { scrollWidth, clientWidth } = await code.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth, 'the command wraps to its block').toBeLessThanOrEqual(clientWidth + 1);
  await expect(code).toContainText("'The sales and marketing team of the northern region'");
  const overflow = await wizard.page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'no sideways scrolling of the page').toBeLessThanOrEqual(0);
  const button = await wizard.commands.copyButton(change).boundingBox();
  const width = wizard.page.viewportSize()?.width ?? 0;
  expect(button && button.x + button.width, 'the copy button stays on screen').toBeLessThanOrEqual(
    width,
  );
});
