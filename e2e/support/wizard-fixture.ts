import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** A page object for the wizard: how a user reads and moves through it. */
export class WizardPage {
  readonly pageErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An unknown address is answered by 404.html with status 404, as on a real static host: the
      // browser reports that status for the document itself, which is expected.
      const isDocument404 =
        message.text().includes('status of 404') && message.location().url === page.url();
      if (!isDocument404) this.pageErrors.push(message.text());
    });
  }

  /** Opens an app path ("/admin/…"); the base URL carries the deployment's base path. */
  async open(appPath: string) {
    await this.page.goto(appPath.replace(/^\//, ''));
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get answers(): Locator {
    return this.page.getByRole('list', { name: 'Answers' });
  }

  option(label: string | RegExp): Locator {
    return this.answers.getByRole('link', { name: label });
  }

  async choose(label: string | RegExp) {
    await this.option(label).click();
  }

  get breadcrumb(): Locator {
    return this.page.getByRole('navigation', { name: 'Your answers' });
  }

  step(number: number): Locator {
    return this.page.locator(`#step-${number}`);
  }

  /** The app path of the current URL (without the deployment's base path). */
  appPath(baseURL: string | undefined): string {
    const url = new URL(this.page.url());
    const basePath = new URL(baseURL ?? url.origin).pathname.replace(/\/$/, '');
    return url.pathname.slice(basePath.length) || '/';
  }

  async expectNoPageErrors() {
    expect(this.pageErrors, 'page errors and console errors').toEqual([]);
  }
}

export const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await use(wizard);
    await wizard.expectNoPageErrors();
  },
});

export { expect };
