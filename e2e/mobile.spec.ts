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

test('on a phone the /fixes chips take a row per group and the results start on the first screen', async ({
  wizard,
}) => {
  await wizard.open('/fixes');
  const status = wizard.page.getByRole('status').filter({ hasText: /fix pages? .*match/ });
  await expect(status).toBeInViewport();
  const groups = wizard.page.getByRole('group');
  expect(await groups.count()).toBe(3);
  for (const group of await groups.all()) {
    const rows = await group
      .getByRole('button')
      .evaluateAll(
        (chips) => new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top))).size,
      );
    expect(rows, 'one row of chips per group').toBe(1);
  }
  const overflow = await wizard.page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'only the chip rows scroll sideways, not the page').toBeLessThanOrEqual(0);
  // A chip beyond the screen's edge is reached by scrolling its row, and works.
  const last = groups.first().getByRole('button').last();
  await last.click();
  await expect(last).toHaveAttribute('aria-pressed', 'true');
});
