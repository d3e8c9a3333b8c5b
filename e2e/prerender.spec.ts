import { ADMIN_POWERSHELL_JOURNEY, expect, test } from './support/wizard-fixture.ts';

const fixPath = ADMIN_POWERSHELL_JOURNEY.path;

/**
 * Before any app script runs, marks every prerendered element and starts recording layout shifts
 * and any "Loading…" fallback that appears, so a test can tell hydration from a fresh render.
 */
function watchFirstPaint() {
  const record = { shifts: 0, fallbacks: [] as string[] };
  Object.assign(window, { __paint: record });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) record.shifts += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const element of document.querySelectorAll('#root *')) {
      Object.assign(element, { __fromHtml: true });
    }
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (/Loading/.test(node.textContent ?? '')) record.fallbacks.push(node.textContent ?? '');
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

test.describe('prerendered pages', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(watchFirstPaint);
  });

  for (const path of ['/', '/admin/distribution-group', fixPath]) {
    test(`${path} hydrates the prerendered HTML without a flash, a mismatch or a layout shift`, async ({
      wizard,
    }) => {
      const response = await wizard.page.goto(path.replace(/^\//, ''));
      expect(response?.status()).toBe(200);
      await expect(wizard.heading).toBeVisible();
      await wizard.waitForApp();
      await wizard.page.waitForLoadState('networkidle'); // every lazy part has arrived
      // Up to here, the page went from its HTML to the app: nothing may have flashed or moved.
      const paint = await wizard.page.evaluate(
        () => (window as unknown as { __paint: { shifts: number; fallbacks: string[] } }).__paint,
      );
      expect(paint.fallbacks, 'no loading fallback appeared').toEqual([]);
      expect(paint.shifts, 'cumulative layout shift').toBe(0);
      // And it is the app now: a link navigates inside it, without a reload.
      await wizard.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      const link = wizard.page
        .getByRole('link', { name: 'Start over' })
        .or(wizard.option(/I manage Exchange/));
      await link.first().click();
      await expect(wizard.heading).toHaveText(/What brings you here|What kind of recipient/);
      const sameDocument = await wizard.page.evaluate(() => '__sameDocument' in window);
      expect(sameDocument, 'navigated without reloading').toBe(true);
    });
  }

  test('the fix page keeps its prerendered elements when it hydrates', async ({ wizard }) => {
    await wizard.open(`${fixPath}#step-2`);
    // The hash effect runs only after hydration: when step 2 has focus, the app has taken over.
    await expect(wizard.step(2)).toBeFocused();
    const kept = await wizard.page.evaluate(() =>
      ['h1', '#step-1', '#step-2', 'main'].map(
        (selector) =>
          (document.querySelector(selector) as { __fromHtml?: boolean } | null)?.__fromHtml,
      ),
    );
    expect(kept, 'elements from the HTML were hydrated, not replaced').toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  test('an unknown address gets the 404 page, then the precise "not found" with the nearest step', async ({
    wizard,
  }) => {
    const response = await wizard.page.goto('admin/no-such-recipient');
    expect(response?.status()).toBe(404);
    await expect(wizard.heading).toHaveText('This step doesn’t exist');
    await expect(
      wizard.page.getByText('There is no step called “no-such-recipient” here.'),
    ).toBeVisible();
    await expect(wizard.page).toHaveTitle('Page not found · Bounce-fix wizard');
  });

  test('a deep link with a trailing slash is the same page', async ({ wizard }) => {
    const response = await wizard.page.goto(`${fixPath.slice(1)}/`);
    expect(response?.status()).toBe(200);
    await expect(wizard.heading).toHaveText(/Exchange Online PowerShell/);
    await expect(wizard.step(1)).toBeVisible();
  });
});
