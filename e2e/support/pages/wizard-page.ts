import { expect, type Locator, type Page } from '@playwright/test';
import { CommandsHelper } from './commands-panel.ts';
import { FixesIndex } from './fixes-index.ts';
import { HelpdeskTools } from './helpdesk-tools.ts';
import { ProgressTools } from './progress-tools.ts';
import { SenderMessage } from './sender-message.ts';
import { statusWith } from './status.ts';
import { waitForApp } from './wait-for-app.ts';

/** A page object for the wizard: how a user reads and moves through it. */
export class WizardPage {
  /** Page errors, console errors (hydration mismatches, CSP violations) and foreign requests. */
  readonly pageErrors: string[] = [];
  readonly commands: CommandsHelper;
  readonly helpdesk: HelpdeskTools;
  readonly senderMessage: SenderMessage;
  readonly progress: ProgressTools;
  readonly fixes: FixesIndex;

  constructor(
    readonly page: Page,
    /** The app's address, with the deployment's base path. */
    private readonly baseURL: string,
    private readonly scriptsRun = true,
  ) {
    const appOrigin = new URL(baseURL).origin;
    this.commands = new CommandsHelper(page);
    this.helpdesk = new HelpdeskTools(page);
    this.senderMessage = new SenderMessage(page, (appPath) => this.open(appPath));
    this.progress = new ProgressTools(page);
    this.fixes = new FixesIndex(page);
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An unknown address is answered by 404.html with status 404, as on a real static host: the
      // browser reports that status for the document itself, which is expected.
      const isDocument404 =
        message.text().includes('status of 404') && message.location().url === page.url();
      if (!isDocument404) this.pageErrors.push(message.text());
    });
    // Nothing may leave the site: every request (the page's and its service worker's) stays on
    // the app's origin.
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== appOrigin) this.pageErrors.push(`request to another origin: ${url.href}`);
    });
    // No page of the wizard ever opens a dialog: one means text ran as script.
    page.on('dialog', (dialog) => {
      this.pageErrors.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /**
   * Opens an app path ("/admin/…"); the base URL carries the deployment's base path. With
   * JavaScript on, waits until the app has taken over the prerendered page.
   */
  async open(appPath: string) {
    await this.page.goto(appPath.replace(/^\//, ''));
    if (this.scriptsRun) await this.waitForApp();
  }

  /**
   * Moves to an app path inside the running app, as a click on a link would (no page load), and
   * waits until its lazy parts have arrived. Much faster than `open` for visiting many pages.
   */
  async navigateInApp(appPath: string) {
    const path = new URL(appPath.replace(/^\//, ''), this.baseURL).pathname;
    await this.page.evaluate((target) => {
      window.history.pushState(null, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(this.page).toHaveURL((url) => url.pathname === path);
    await expect(this.page.getByText(/^Loading/)).toHaveCount(0);
  }

  /** Waits until the app has hydrated (or rendered) the page. */
  async waitForApp() {
    await waitForApp(this.page);
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

  /** Chooses each answer in turn, waiting for each new question. */
  async walk(labels: readonly (string | RegExp)[]) {
    for (const label of labels) await this.choose(label);
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

  /** The full URL of an app path on the site under test, base path included. */
  absoluteUrl(appPath: string, baseURL: string | undefined): string {
    return new URL(appPath.replace(/^\//, ''), baseURL ?? this.page.url()).href;
  }

  /** A live-region message (role="status") with this text. */
  status(text: string | RegExp): Locator {
    return statusWith(this.page, text);
  }

  /** What the page put on the clipboard (needs the clipboard-read permission). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The app path of the current URL (without the deployment's base path). */
  appPath(baseURL: string | undefined): string {
    const url = new URL(this.page.url());
    const basePath = new URL(baseURL ?? url.origin).pathname.replace(/\/$/, '');
    return url.pathname.slice(basePath.length) || '/';
  }

  async expectNoPageErrors() {
    expect(this.pageErrors, 'page errors, console errors and foreign requests').toEqual([]);
  }
}
