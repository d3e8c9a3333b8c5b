import type { Page } from '@playwright/test';

/** Waits until the app has taken over the prerendered page (App marks <html data-app="ready">). */
export async function waitForApp(page: Page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

/** Reports Content-Security-Policy violations as console errors, which fail the test. */
export function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
    );
  });
}
