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

test('a printed fix page is ticket-ready: a header with the URL, date and values, no screen hints', async ({
  wizard,
  baseURL,
}) => {
  await wizard.page.setViewportSize({ width: 600, height: 900 });
  await wizard.open(fixPath);
  await wizard.page.locator('main [name="recipient"]').fill('Northwind Traders Sales');
  await wizard.page.locator('main [name="internalGroup"]').fill('All internal users');
  const hint = wizard.page.getByText('is a placeholder').first();
  await expect(hint).toBeVisible();
  const background = wizard.page.getByText('Outside senders must exist in your directory first.');
  await expect(background).toBeHidden();

  await wizard.page.emulateMedia({ media: 'print' });

  // The header, under the title: where the page lives, the day, a ticket line and the values.
  const header = wizard.page.locator('article > h1 + div');
  await expect(header).toBeVisible();
  const today = await wizard.page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  await expect(header).toContainText(
    `Printed from ${wizard.absoluteUrl(fixPath, baseURL)} on ${today}`,
  );
  await expect(header).toContainText('Ticket: ____');
  await expect(header).toContainText('Recipient:Northwind Traders Sales');
  await expect(header).toContainText('Outside senders to allow:________________');
  await expect(header).toContainText(
    'Group that holds everyone inside your organization:All internal users',
  );

  // Screen-only hints stay off paper; the folded background prints open.
  await expect(hint).toBeHidden();
  await expect(wizard.page.getByRole('heading', { name: 'Fill in the commands' })).toBeHidden();
  await expect(background).toBeVisible();

  // Commands wrap at spaces: no token is split over two lines.
  const split = await wizard.page.locator('main pre code').evaluateAll((codes) =>
    codes.flatMap((code) => {
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      const broken: string[] = [];
      for (let current = walker.nextNode(); current; current = walker.nextNode()) {
        const value = current.textContent ?? '';
        for (const match of value.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(current, match.index);
          range.setEnd(current, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    }),
  );
  expect(split).toEqual([]);
});
