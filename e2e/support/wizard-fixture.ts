import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** A page object for the wizard: how a user reads and moves through it. */
export class WizardPage {
  readonly pageErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
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

  /** An answer shown but refused here: its list item, with the reason and the alternative link. */
  unavailableOption(label: string | RegExp): Locator {
    return this.answers
      .getByRole('listitem')
      .filter({ hasText: '(not available here)' })
      .filter({ hasText: label });
  }

  /** A level-2 section of a fix page (Steps, Verify, Wait, Test, Undo …). */
  section(name: string): Locator {
    return this.page.locator('section').filter({
      has: this.page.getByRole('heading', { level: 2, name, exact: true }),
    });
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
