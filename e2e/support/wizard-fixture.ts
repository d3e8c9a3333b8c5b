import { test as base, expect } from '@playwright/test';
import { AnalyzerPage } from './pages/analyzer-page.ts';
import { reportCspViolations } from './pages/wait-for-app.ts';
import { WizardPage } from './pages/wizard-page.ts';

// The e2e specs' one import: the test with its page objects, split by area under pages/.
export { bounceFixture } from './bounce-fixtures.ts';
export { dropFiles } from './drop-files.ts';
export { ADMIN_POWERSHELL_JOURNEY } from './journeys.ts';
export { AnalyzerPage } from './pages/analyzer-page.ts';
export { DANAS_BOUNCE, SENDER_PAGE } from './pages/sender-message.ts';
export { waitForApp } from './pages/wait-for-app.ts';
export { WizardPage } from './pages/wizard-page.ts';

export const test = base.extend<{ wizard: WizardPage; analyzer: AnalyzerPage }>({
  wizard: async ({ page, baseURL, javaScriptEnabled }, use) => {
    await page.addInitScript(reportCspViolations);
    const wizard = new WizardPage(
      page,
      baseURL ?? 'http://localhost/',
      javaScriptEnabled !== false,
    );
    await use(wizard);
    await wizard.expectNoPageErrors();
  },
  // Shares the page, and so the error and dialog checks, with `wizard`.
  analyzer: async ({ page, wizard }, use) => {
    void wizard;
    await use(new AnalyzerPage(page));
  },
});

export { expect };
