import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The command builder on a page: its inputs, its command blocks and their copy buttons. */
export class CommandsHelper {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Fill in the commands' });
  }

  get recipient(): Locator {
    return this.page.getByRole('textbox', { name: /^Recipient \(/ });
  }

  get senders(): Locator {
    return this.page.getByRole('textbox', { name: /^Outside senders/ });
  }

  get internalGroup(): Locator {
    return this.page.getByRole('textbox', { name: /^Group that holds everyone inside/ });
  }

  get mailbox(): Locator {
    return this.page.getByRole('textbox', { name: /^Mailbox the app sends as/ });
  }

  get clearButton(): Locator {
    return this.page.getByRole('button', { name: 'Clear what you typed' });
  }

  /** The "do it in PowerShell instead" aside of a console fix page. */
  get powerShellAside(): Locator {
    return this.page.getByRole('region', { name: 'Do it in PowerShell instead' });
  }

  async openPowerShellAside() {
    const toggle = this.powerShellAside.getByRole('button', {
      name: 'Do it in PowerShell instead',
    });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** The visible command blocks, in page order (within `scope` if given). */
  blocks(scope: Locator | Page = this.page): Locator {
    return scope.getByRole('figure');
  }

  /** The visible command blocks showing `text`. */
  blocksWith(text: string | RegExp, scope: Locator | Page = this.page): Locator {
    return this.blocks(scope).filter({ has: this.page.locator('pre', { hasText: text }) });
  }

  /** The command text a block shows. */
  code(block: Locator): Locator {
    return block.locator('pre code');
  }

  async shownText(block: Locator): Promise<string> {
    return (await this.code(block).textContent()) ?? '';
  }

  /** The texts of the visible command blocks, in page order. */
  async shownTexts(scope: Locator | Page = this.page): Promise<string[]> {
    return this.blocks(scope).locator('pre code').allTextContents();
  }

  copyButton(block: Locator): Locator {
    return block.getByRole('button', { name: 'Copy command' });
  }

  copyStatus(block: Locator): Locator {
    return block.getByRole('status');
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses Tab until `target` has focus (keyboard only), failing after `limit` presses. */
  async tabTo(target: Locator, limit = 40) {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()} in ${limit} presses`);
  }
}

/** A page object for the wizard: how a user reads and moves through it. */
export class WizardPage {
  readonly pageErrors: string[] = [];
  readonly commands: CommandsHelper;

  constructor(readonly page: Page) {
    this.commands = new CommandsHelper(page);
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
