import { expect, test } from './support/wizard-fixture.ts';

const fixPath = '/admin/distribution-group/exchange-2010/allowed-senders/powershell';

test('a fix page prints without the app’s chrome, with every step, full commands and its URL', async ({
  wizard,
  baseURL,
}) => {
  await wizard.page.setViewportSize({ width: 600, height: 900 });
  await wizard.open(fixPath);
  await expect(wizard.step(1)).toBeVisible();
  await expect(wizard.page.getByRole('button', { name: 'Print' })).toBeVisible();
  const printedUrl = wizard.page.getByText(`Printed from ${wizard.absoluteUrl(fixPath, baseURL)}`);
  await expect(printedUrl).toBeHidden();

  await wizard.page.emulateMedia({ media: 'print' });

  await expect(wizard.fixes.mainNav).toBeHidden();
  await expect(wizard.breadcrumb).toBeHidden();
  await expect(wizard.page.getByText('Runs entirely in your browser')).toBeHidden();
  await expect(wizard.page.getByRole('button')).toHaveCount(0);
  await expect(wizard.page.getByRole('checkbox')).toHaveCount(0);
  await expect(wizard.helpdesk.stepLink(1)).toBeHidden();
  await expect(wizard.page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(printedUrl).toBeVisible();

  const steps = wizard.page.locator('li[id^="step-"]');
  expect(await steps.count()).toBeGreaterThan(0);
  for (const step of await steps.all()) await expect(step).toBeVisible();

  // Commands wrap instead of scrolling or being cut off.
  const commands = wizard.page.locator('main pre');
  expect(await commands.count()).toBeGreaterThan(0);
  for (const command of await commands.all()) {
    const fits = await command.evaluate(
      (element) =>
        element.scrollWidth <= element.clientWidth + 1 &&
        getComputedStyle(element).whiteSpace === 'pre-wrap',
    );
    expect(fits, await command.innerText()).toBe(true);
  }
});

test('a fix page has a print button', async ({ wizard }) => {
  await wizard.open(fixPath);
  await wizard.page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await wizard.page.getByRole('button', { name: 'Print' }).click();
  await expect(wizard.page.locator('body')).toHaveAttribute('data-printed', 'yes');
});
