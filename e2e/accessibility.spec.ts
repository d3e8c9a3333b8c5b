import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ADMIN_POWERSHELL_JOURNEY, expect, test } from './support/wizard-fixture.ts';
import { accessibilityFeatures, routesCovering } from './support/page-coverage.ts';
import { batches, siteRoutes } from './support/site-routes.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules that depend on colours: the only ones whose result can differ between the themes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations.map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

// Axe in light and dark on the few pages that together hold every feature its rules look at:
// every kind of element in every kind of parent and on every background, every step between
// heading levels, every set of landmarks (decision 0032). One test per batch of routes, moving
// between them inside the app (deep links themselves are covered by every-step.spec.ts). Light
// runs every WCAG 2.2 AA rule; dark runs the colour rules again, as the markup is the same in both
// themes.
const routes = routesCovering(siteRoutes(), accessibilityFeatures);
for (const [index, batch] of batches(routes, Math.ceil(routes.length / 3)).entries()) {
  test(`axe finds no WCAG 2.2 AA violation, light and dark (batch ${index + 1}: ${batch[0]} …)`, async ({
    wizard,
  }) => {
    test.setTimeout(30_000 + batch.length * 8_000);
    const found: string[] = [];
    for (const [position, route] of batch.entries()) {
      await wizard.page.emulateMedia({ colorScheme: 'light' });
      if (position === 0) await wizard.open(route);
      else await wizard.navigateInApp(route);
      await expect(wizard.heading).toBeVisible();
      found.push(...(await violations(wizard.page, `${route} (light)`)));
      await wizard.page.emulateMedia({ colorScheme: 'dark' });
      found.push(...(await violations(wizard.page, `${route} (dark)`, COLOUR_RULES)));
    }
    expect(found).toEqual([]);
  });
}

test.describe('keyboard', () => {
  async function expectVisibleFocus(target: Locator) {
    const outline = await target.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style, 'the focused element shows an outline').not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }

  test('the whole wizard works by keyboard: focus moves to each new heading and the title follows', async ({
    wizard,
  }) => {
    await wizard.open('/');
    const skipLink = wizard.page.getByRole('link', { name: 'Skip to content' });
    await wizard.commands.tabTo(skipLink);
    await expect(skipLink).toBeInViewport();
    await expectVisibleFocus(skipLink);

    const headings = [
      'What kind of recipient refused the message?',
      'Which Exchange hosts the recipient?',
      'How far should the recipient open up?',
      'Which admin tool do you want to use?',
      ADMIN_POWERSHELL_JOURNEY.title,
    ];
    const journey = ADMIN_POWERSHELL_JOURNEY.answers.map(
      (answer, index) => [answer, headings[index] ?? ''] as const,
    );
    for (const [option, heading] of journey) {
      await wizard.commands.tabTo(wizard.option(option));
      await expectVisibleFocus(wizard.option(option));
      await wizard.page.keyboard.press('Enter');
      await expect(wizard.heading).toHaveText(heading);
      await expect(wizard.heading).toBeFocused();
      await expect(wizard.page).toHaveTitle(`${heading} · Bounce-fix wizard`);
    }
    // Back by keyboard: the breadcrumb, above the focused heading, changes an earlier answer.
    const change = wizard.breadcrumb.getByRole('link', { name: /Exchange: Exchange Online/ });
    await wizard.commands.tabTo(change, 20, 'Shift+Tab');
    await wizard.page.keyboard.press('Enter');
    await expect(wizard.heading).toHaveText('Which Exchange hosts the recipient?');
    await expect(wizard.heading).toBeFocused();
  });

  test('reduced motion turns transitions off', async ({ wizard }) => {
    await wizard.page.emulateMedia({ reducedMotion: 'reduce' });
    await wizard.open('/');
    const duration = await wizard
      .option(/I manage Exchange/)
      .evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
    expect(duration).toBeLessThanOrEqual(0.001);
    await wizard.page.emulateMedia({ reducedMotion: 'no-preference' });
    const normal = await wizard
      .option(/I manage Exchange/)
      .evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
    expect(normal, 'the check can tell the difference').toBeGreaterThan(0.01);
  });
});
