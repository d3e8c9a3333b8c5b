import type { Page } from '@playwright/test';
import { expect, test } from './support/wizard-fixture.ts';
import { routesCovering, stylingFeatures } from './support/page-coverage.ts';
import { siteRoutes } from './support/site-routes.ts';

// A page's look comes from its element and class names: these few pages use all of them.
const routes = routesCovering(siteRoutes(), stylingFeatures);

/** What the layout and the look of every element of the page come to, as one list. */
function computedStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const properties = [
      'display',
      'position',
      'margin',
      'padding',
      'border',
      'width',
      'height',
      'font-size',
      'font-weight',
      'line-height',
      'color',
      'background-color',
      'gap',
      'list-style-type',
    ];
    return [...document.querySelectorAll('body *')].map((element, index) => {
      const style = getComputedStyle(element);
      const values = properties.map((property) => style.getPropertyValue(property)).join('|');
      return `${index} ${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}: ${values}`;
    });
  });
}

test.describe('critical CSS', () => {
  test.beforeEach(async ({ page }) => {
    // The app never starts, so the page stays as it first painted: its critical CSS alone.
    await page.route(/\/assets\/boot-[\w-]+\.js$/, (route) => route.abort());
  });

  test('every element and class looks the same before and after the full stylesheet applies', async ({
    page,
  }) => {
    test.slow(); // several pages, each styled twice
    const problems: string[] = [];
    for (const route of routes) {
      await page.goto(route.replace(/^\//, ''));
      const deferred = page.locator('link[data-deferred-stylesheet]');
      await expect(deferred).toHaveAttribute('media', 'print');
      const critical = await computedStyles(page);
      await deferred.evaluate((link: HTMLLinkElement) => {
        link.media = 'all';
      });
      await page.waitForFunction(() => {
        const link = document.querySelector<HTMLLinkElement>('link[data-deferred-stylesheet]');
        return link?.sheet !== null && link?.media === 'all';
      });
      const full = await computedStyles(page);
      const changed = full.filter((line, index) => line !== critical[index]);
      problems.push(...changed.slice(0, 3).map((line) => `${route}: ${line}`));
    }
    expect(routes.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  test('a page printed before the app starts prints with the full stylesheet’s print rules', async ({
    page,
  }) => {
    await page.goto('admin/distribution-group/exchange-online/allowed-senders/powershell');
    await page.emulateMedia({ media: 'print' });
    const screenOnly = page.locator('[class~="print:hidden"]');
    expect(await screenOnly.count()).toBeGreaterThan(3);
    for (const element of await screenOnly.all()) await expect(element).toBeHidden();
  });
});
