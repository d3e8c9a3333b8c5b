import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { distDir } from './support/built-site.ts';
import { ADMIN_POWERSHELL_JOURNEY, expect, test } from './support/wizard-fixture.ts';

test.use({ serviceWorkers: 'allow' });
// One at a time: the update test briefly changes the served sw.js.
test.describe.configure({ mode: 'serial' });

const firstFix = ADMIN_POWERSHELL_JOURNEY.path;
const otherFix = '/admin/distribution-group/exchange-2010/allowed-senders/emc';

/** Waits until the service worker has stored the site and controls the page. */
async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

test('after a first visit, other pages work offline, from a link, a reload or in-app navigation', async ({
  wizard,
  context,
}) => {
  await wizard.open(firstFix);
  await waitForOfflineReady(wizard.page);
  await context.setOffline(true);

  const response = await wizard.page.goto(otherFix.slice(1));
  expect(response?.fromServiceWorker(), 'served by the service worker').toBe(true);
  await expect(wizard.heading).toHaveText(/Exchange Management Console/);
  await expect(wizard.step(1)).toBeVisible();

  const reloaded = await wizard.page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(wizard.step(1)).toBeVisible();

  // In the app: change an answer and reach a fix page whose body chunk was never loaded online.
  await wizard.waitForApp();
  await wizard.breadcrumb.getByRole('link', { name: /Exchange: Exchange Server 2010/ }).click();
  // "Chosen senders" is kept; the console (EMC) is not an Exchange Online tool: asked again.
  await expect(wizard.option(/Exchange Online/)).toHaveAttribute(
    'href',
    /\/exchange-online\/allowed-senders$/,
  );
  await wizard.choose(/Exchange Online/);
  await wizard.choose(/^PowerShell/);
  await expect(wizard.step(1)).toBeVisible();
  await expect(wizard.page.getByText('could not be loaded')).toHaveCount(0);
});

test('an unknown address offline gets the "not found" page', async ({ wizard, context }) => {
  await wizard.open('/');
  await waitForOfflineReady(wizard.page);
  await context.setOffline(true);
  const response = await wizard.page.goto('admin/nowhere');
  expect(response?.status()).toBe(404);
  await expect(wizard.heading).toHaveText('This step doesn’t exist');
});

test('a new version is announced with a Reload button that switches to it', async ({ wizard }) => {
  await wizard.open('/');
  await waitForOfflineReady(wizard.page);
  // "Deploy" a new version: the same worker with different bytes (put back afterwards).
  const workerFile = join(distDir, 'sw.js');
  const deployed = readFileSync(workerFile, 'utf8');
  writeFileSync(workerFile, `${deployed}\n// next version\n`);
  try {
    await wizard.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = wizard.page
      .getByRole('status')
      .filter({ hasText: 'A new version is available' });
    const reload = prompt.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible({ timeout: 20_000 });
    const axe = await new AxeBuilder({ page: wizard.page }).include('[role="status"]').analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await Promise.all([wizard.page.waitForEvent('load'), reload.click()]);
    await expect(wizard.heading).toHaveText('What brings you here?');
    await expect(prompt).toHaveCount(0);
  } finally {
    writeFileSync(workerFile, deployed);
  }
});
