import type { Page } from '@playwright/test';
import { expect, test } from './support/wizard-fixture.ts';
import { contentPositions } from './support/content-positions.ts';

const { bundle, positions } = contentPositions();
const fixPath = '/admin/distribution-group/exchange-2010/allowed-senders/emc';
// Looked up by URL so a renamed fix file cannot silently turn the counts below into 0.
const fixId =
  positions.find((position) => position.kind === 'fix' && position.path === fixPath)?.id ??
  '(no fix page)';
const fix = bundle.fixes.find((candidate) => candidate.id === fixId);
const stepCount = fix?.stepCount ?? 0;
const STORE_KEY = 'bounce-fix-wizard';

/** Writes a value into the app's storage key once, before the app's first load. */
async function seedStorage(page: Page, value: string) {
  await page.addInitScript(
    ([key, stored]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, stored);
    },
    [STORE_KEY, value] as const,
  );
}

test('the fix page has a few steps to tick', () => {
  expect(
    stepCount,
    `${fixPath} (${fixId}) needs at least 3 steps for these tests`,
  ).toBeGreaterThanOrEqual(3);
});

test('ticked steps survive a reload, and "reset progress" clears them', async ({ wizard }) => {
  await wizard.open(fixPath);
  await expect(wizard.progress.progressStatus).toHaveText(`0 of ${stepCount} steps done`);
  await wizard.progress.stepDone(1).check();
  await wizard.progress.stepDone(3).check();
  await expect(wizard.progress.progressStatus).toHaveText(`2 of ${stepCount} steps done`);

  await wizard.page.reload();
  await expect(wizard.progress.stepDone(1)).toBeChecked();
  await expect(wizard.progress.stepDone(2)).not.toBeChecked();
  await expect(wizard.progress.stepDone(3)).toBeChecked();
  await expect(wizard.progress.progressStatus).toHaveText(`2 of ${stepCount} steps done`);

  await wizard.progress.stepDone(3).uncheck();
  await expect(wizard.progress.progressStatus).toHaveText(`1 of ${stepCount} steps done`);
  await wizard.progress.resetProgressButton.click();
  await expect(wizard.progress.stepDone(1)).not.toBeChecked();
  await expect(wizard.progress.progressStatus).toHaveText(`0 of ${stepCount} steps done`);
  await wizard.page.reload();
  await expect(wizard.step(1)).toBeVisible();
  await expect(wizard.progress.stepDone(1)).not.toBeChecked();
});

test('progress is kept per fix page', async ({ wizard }) => {
  await wizard.open(fixPath);
  await wizard.progress.stepDone(1).check();
  await wizard.open('/admin/distribution-group/exchange-2010/allowed-senders/powershell');
  await expect(wizard.step(1)).toBeVisible();
  await expect(wizard.progress.stepDone(1)).not.toBeChecked();
});

test('the start page offers to continue the last fix page in progress', async ({
  wizard,
  baseURL,
}) => {
  await wizard.open('/');
  await expect(wizard.heading).toHaveText('What brings you here?');
  await expect(wizard.progress.resumeLink).toHaveCount(0);

  await wizard.open(fixPath);
  await wizard.progress.stepDone(2).check();
  await wizard.progress.stepDone(1).check();
  await wizard.open('/');
  await expect(wizard.progress.resumeLink).toHaveText(`Continue where you left off: ${fix?.title}`);
  await expect(wizard.progress.resumeLink.locator('xpath=..')).toContainText(
    `— 2 of ${stepCount} steps done`,
  );

  await wizard.progress.resumeLink.click();
  expect(wizard.appPath(baseURL)).toBe(fixPath);
  await expect(wizard.progress.stepDone(2)).toBeChecked();
});

test('a finished fix page is not offered again', async ({ wizard }) => {
  await wizard.open(fixPath);
  for (let step = 1; step <= stepCount; step += 1) await wizard.progress.stepDone(step).check();
  await wizard.open('/');
  await expect(wizard.heading).toHaveText('What brings you here?');
  await expect(wizard.progress.resumeLink).toHaveCount(0);
});

test.describe('corrupted or unexpected stored data is discarded', () => {
  const garbage = {
    'text that is not JSON': '{"state": {"progress": ',
    'a JSON string': '"hello"',
    'JSON null': 'null',
    'progress of the wrong shape': JSON.stringify({
      state: { progress: { [fixId]: { done: '1,2', path: 42 } }, commandInputs: [1, 2] },
      version: 1,
    }),
    'progress as a list': JSON.stringify({ state: { progress: [1, 2, 3] }, version: 1 }),
    'a state from a future version': JSON.stringify({
      state: { progress: { [fixId]: { done: ['x', -1, 1.5], path: 'no-slash', updatedAt: 'y' } } },
      version: 99,
    }),
  };
  for (const [name, value] of Object.entries(garbage)) {
    test(`${name}: the page works and progress starts empty`, async ({ wizard }) => {
      await seedStorage(wizard.page, value);
      await wizard.open('/');
      await expect(wizard.heading).toHaveText('What brings you here?');
      await expect(wizard.progress.resumeLink).toHaveCount(0);
      await wizard.open(fixPath);
      await expect(wizard.step(1)).toBeVisible();
      await expect(wizard.progress.stepDone(1)).not.toBeChecked();
      await expect(wizard.progress.progressStatus).toHaveText(`0 of ${stepCount} steps done`);

      // Ticking replaces the bad data, and survives a reload.
      await wizard.progress.stepDone(1).check();
      await wizard.page.reload();
      await expect(wizard.progress.stepDone(1)).toBeChecked();
    });
  }

  test('valid progress from an older version is kept', async ({ wizard }) => {
    await seedStorage(
      wizard.page,
      JSON.stringify({
        state: { progress: { [fixId]: { done: [2, 'junk'], path: fixPath, updatedAt: 1 } } },
        version: 0,
      }),
    );
    await wizard.open(fixPath);
    await expect(wizard.progress.stepDone(2)).toBeChecked();
    await expect(wizard.progress.progressStatus).toHaveText(`1 of ${stepCount} steps done`);
  });
});

test.describe('with storage blocked (private mode)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('ticking steps and the start page still work for the visit', async ({ wizard }) => {
    await wizard.open(fixPath);
    await wizard.progress.stepDone(1).check();
    await expect(wizard.progress.stepDone(1)).toBeChecked();
    await expect(wizard.progress.progressStatus).toHaveText(`1 of ${stepCount} steps done`);
    await wizard.fixes.mainNav.getByRole('link', { name: 'Start' }).click();
    await expect(wizard.progress.resumeLink).toBeVisible();
    await wizard.progress.resumeLink.click();
    await expect(wizard.progress.stepDone(1)).toBeChecked();
    await wizard.progress.resetProgressButton.click();
    await expect(wizard.progress.stepDone(1)).not.toBeChecked();
  });
});
