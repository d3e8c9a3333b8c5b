import { expect, test, type WizardPage } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';
import { batches } from './support/site-routes.ts';

// Decision 0022: on a PowerShell fix page the command builder and the steps come first; on a
// console page the numbered clicks come first and the builder follows them.
const { positions } = contentPositions();
const fixPositions = positions.filter((position) => position.kind === 'fix');

/** One URL per fix page (the first that reaches it), for the fixes whose steps are commands. */
function onePerFix(surfaces: (surface: string | undefined) => boolean) {
  const seen = new Set<string>();
  return fixPositions.filter((position) => {
    if (!surfaces(position.answers.surface) || seen.has(position.id)) return false;
    seen.add(position.id);
    return true;
  });
}
const powerShellPages = onePerFix((surface) => surface === 'powershell');
const consoleSurfaces = new Set(['new-eac', 'classic-eac', 'eac', 'emc']);
const consolePages = onePerFix((surface) => consoleSurfaces.has(surface ?? ''));

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Long but valid values, so the filled commands are as wide as a real ticket makes them. */
const VALUES: Readonly<Record<string, string>> = {
  recipient: 'Northwind Traders Sales Department',
  mailbox: 'multifunction-printer-3rd-floor@contoso.com',
  senders: 'alex.wilber@fabrikam.com\nmorgan.connors@tailspintoys.com',
  internalGroup: 'All internal users of Contoso',
};

async function topOf(wizard: WizardPage, selector: string): Promise<number> {
  const box = await wizard.page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return (box?.y ?? 0) + (await wizard.page.evaluate(() => window.scrollY));
}

const builderHeading = 'h2:text-is("Fill in the commands")';
const stepsHeading = '#section-steps';

test('the PowerShell pages are found', () => {
  expect(powerShellPages.length).toBeGreaterThan(20);
  expect(consolePages.length).toBeGreaterThan(10);
});

for (const position of powerShellPages) {
  test(`command first: ${position.path}`, async ({ wizard }) => {
    await wizard.page.setViewportSize(DESKTOP);
    await wizard.open(position.path);
    await expect(wizard.page.locator(builderHeading)).toBeVisible();
    // The inputs and the steps start on the first screen of a laptop …
    expect(await topOf(wizard, builderHeading)).toBeLessThan(DESKTOP.height);
    expect(await topOf(wizard, stepsHeading)).toBeLessThan(DESKTOP.height);

    // … and within a screen and a half of a phone.
    await wizard.page.setViewportSize(PHONE);
    expect(await topOf(wizard, builderHeading)).toBeLessThan(PHONE.height);
    expect(await topOf(wizard, stepsHeading)).toBeLessThan(PHONE.height * 1.5);

    // Filled in, every command shows all of what was typed without scrolling sideways.
    const typed: string[] = [];
    for (const [name, value] of Object.entries(VALUES)) {
      const field = wizard.page.locator(`main [name="${name}"]`);
      if ((await field.count()) === 0) continue;
      await field.fill(value);
      typed.push(...value.split('\n'));
    }
    expect(typed.length).toBeGreaterThan(0);
    const commands = wizard.page.locator('main pre');
    expect(await commands.count()).toBeGreaterThan(0);
    for (const command of await commands.all()) {
      const fits = await command.evaluate(
        (element) => element.scrollWidth <= element.clientWidth + 1,
      );
      expect(fits, await command.innerText()).toBe(true);
    }
    const pageFits = await wizard.page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(pageFits).toBe(true);
    const text = (await wizard.page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(typed.some((value) => text.includes(value))).toBe(true);
  });
}

// Console pages take no typing, so one test visits a batch of them inside the app.
for (const batch of batches(consolePages, Math.ceil(consolePages.length / 8))) {
  test(`console first: ${batch.length} pages from ${batch[0]?.path}`, async ({ wizard }) => {
    await wizard.page.setViewportSize(DESKTOP);
    for (const [index, position] of batch.entries()) {
      await test.step(position.path, async () => {
        if (index === 0) await wizard.open(position.path);
        else await wizard.navigateInApp(position.path);
        await expectConsoleFirst(wizard);
      });
    }
  });
}

async function expectConsoleFirst(wizard: WizardPage) {
  await expect(wizard.step(1)).toBeVisible();
  const steps = await topOf(wizard, stepsHeading);
  const builder = wizard.page.locator(builderHeading);
  if ((await builder.count()) > 0)
    expect(await topOf(wizard, builderHeading)).toBeGreaterThan(steps);
  const powerShell = wizard.page.getByRole('heading', { name: 'Do it in PowerShell instead' });
  if ((await powerShell.count()) > 0) {
    const lastStep = wizard.page.locator('li[id^="step-"]').last();
    const box = await lastStep.boundingBox();
    const aside = await powerShell.boundingBox();
    expect((aside?.y ?? 0) > (box?.y ?? 0) + (box?.height ?? 0) - 1).toBe(true);
  }
}

test('a filled, wrapped command still copies as one line', async ({ wizard, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await wizard.page.setViewportSize(PHONE);
  await wizard.open('/admin/distribution-group/exchange-online/allowed-senders/powershell');
  await wizard.page.locator('main [name="recipient"]').fill(VALUES.recipient ?? '');
  await wizard.page.locator('main [name="senders"]').fill(VALUES.senders ?? '');
  await wizard.page.locator('main [name="internalGroup"]').fill(VALUES.internalGroup ?? '');
  const change = wizard.step(5).locator('figure').filter({ hasText: 'Set-DistributionGroup' });
  const pre = change.locator('pre');
  // Wrapped on screen: the block is several lines tall.
  const lineHeight = await pre.evaluate((element) =>
    parseFloat(getComputedStyle(element).lineHeight),
  );
  expect((await pre.boundingBox())?.height ?? 0).toBeGreaterThan(lineHeight * 3);
  await change.getByRole('button', { name: 'Copy command' }).click();
  const copied = await wizard.clipboardText();
  expect(copied).not.toContain('\n');
  expect(copied).toBe(((await pre.textContent()) ?? '').trim());
  expect(copied).toContain(
    "-AcceptMessagesOnlyFrom @{Add='alex.wilber@fabrikam.com','morgan.connors@tailspintoys.com'}",
  );
});
