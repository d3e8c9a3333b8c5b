import { readFileSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Waits until the app has taken over the prerendered page (App marks <html data-app="ready">). */
export async function waitForApp(page: Page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

/** Reports Content-Security-Policy violations as console errors, which fail the test. */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
    );
  });
}

/** The analyzer's fixture corpus: realistic bounces, as text and as .eml files. */
export const BOUNCE_FIXTURES = new URL('../../src/features/analyzer/fixtures/', import.meta.url);

export function bounceFixturePath(name: string): string {
  return new URL(name, BOUNCE_FIXTURES).pathname;
}

export function bounceFixture(name: string): string {
  return readFileSync(new URL(name, BOUNCE_FIXTURES), 'utf8');
}

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

/** The answers from the start page to the PowerShell fix for a distribution group online. */
export const ADMIN_POWERSHELL_JOURNEY = {
  answers: [
    /I manage Exchange/,
    /Distribution group/,
    /Exchange Online/,
    /Accept mail from everyone/,
    /PowerShell/,
  ],
  path: '/admin/distribution-group/exchange-online/allow-everyone/powershell',
  title: 'Let everyone send to the group with Exchange Online PowerShell',
} as const;

/** A page object for the wizard: how a user reads and moves through it. */
export class WizardPage {
  /** Page errors, console errors (hydration mismatches, CSP violations) and foreign requests. */
  readonly pageErrors: string[] = [];
  readonly commands: CommandsHelper;

  constructor(
    readonly page: Page,
    /** The app's address, with the deployment's base path. */
    private readonly baseURL: string,
    private readonly scriptsRun = true,
  ) {
    const appOrigin = new URL(baseURL).origin;
    this.commands = new CommandsHelper(page);
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
    return this.page.getByRole('status').filter({ hasText: text });
  }

  // Helpdesk: links to pages and steps

  get copyPageLinkButton(): Locator {
    return this.page.getByRole('button', { name: 'Copy link to this page' });
  }

  stepLink(number: number): Locator {
    return this.page.getByRole('link', { name: `Link to step ${number}`, exact: true });
  }

  /** The link to a step and its copy button, which show together on hover or focus. */
  stepLinkTools(number: number): Locator {
    return this.stepLink(number).locator('xpath=..');
  }

  copyStepLinkButton(number: number): Locator {
    return this.page.getByRole('button', { name: `Copy link to step ${number}`, exact: true });
  }

  /** What the page put on the clipboard (needs the clipboard-read permission). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  // Helpdesk: the message to the recipient's admin

  get recipientAddressInput(): Locator {
    return this.page.getByLabel('Address you wrote to');
  }

  get bounceCodeInput(): Locator {
    return this.page.getByLabel('Bounce code, if you know it');
  }

  get adminEmailLink(): Locator {
    return this.page.getByRole('link', { name: 'Write the email to the admin' });
  }

  get adminMessageText(): Locator {
    return this.page.getByLabel('The message, to paste into a ticket or another email');
  }

  /** The subject and body of the admin email link, decoded. */
  async adminEmail(): Promise<{ subject: string; body: string }> {
    const href = (await this.adminEmailLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^mailto:\?/);
    const query = new URLSearchParams(href.slice('mailto:?'.length));
    return { subject: query.get('subject') ?? '', body: query.get('body') ?? '' };
  }

  // Progress

  stepDone(number: number): Locator {
    return this.page.getByRole('checkbox', { name: `Mark step ${number} done`, exact: true });
  }

  get resetProgressButton(): Locator {
    return this.page.getByRole('button', { name: 'Reset progress' });
  }

  /** "2 of 5 steps done". */
  get progressStatus(): Locator {
    return this.status(/ of \d+ steps? done$/);
  }

  get resumeLink(): Locator {
    return this.page.getByRole('link', { name: /^Continue where you left off/ });
  }

  // The /fixes index

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get fixesSearch(): Locator {
    return this.page.getByRole('searchbox', {
      name: 'Search by bounce code, recipient type or words',
    });
  }

  /** The announcement of how many results match. */
  get fixesResults(): Locator {
    return this.status(/ match(es)?$/);
  }

  /** The links to fix pages under a recipient-type heading of the index. */
  fixesGroup(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
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

/** Drops files on an element the way a browser does: dragover, then drop, with a DataTransfer. */
export async function dropFiles(
  target: Locator,
  files: readonly { name: string; mimeType: string; buffer: Buffer }[],
) {
  const dataTransfer = await target.page().evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = new Uint8Array(file.bytes);
        transfer.items.add(new File([bytes], file.name, { type: file.mimeType }));
      }
      return transfer;
    },
    files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] })),
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** A page object for the bounce analyzer (/analyze). */
export class AnalyzerPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('analyze');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Analyze a bounce');
    // The page is prerendered: wait until the app has taken it over before typing into it.
    await waitForApp(this.page);
  }

  get textArea(): Locator {
    return this.page.getByLabel('Paste the bounce message');
  }

  get analyzeButton(): Locator {
    return this.page.getByRole('button', { name: 'Analyze', exact: true });
  }

  get fileInput(): Locator {
    return this.page.getByLabel('Or open a saved bounce (.eml or .txt)');
  }

  /** The result section (named by its heading). */
  get result(): Locator {
    return this.page.getByRole('region').filter({ has: this.page.locator('#analysis-heading') });
  }

  get resultHeading(): Locator {
    return this.page.locator('#analysis-heading');
  }

  /** Why the last attempt gave no result. */
  get problem(): Locator {
    return this.page.locator('[data-analyzer-problem]');
  }

  get evidence(): Locator {
    return this.page.getByRole('list', { name: 'Evidence' });
  }

  /** The value shown for a term under "What the bounce shows". */
  fact(term: string): Locator {
    return this.result
      .locator('dt', { hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  async analyze(text: string) {
    await this.textArea.fill(text);
    await this.analyzeButton.click();
  }

  /**
   * Puts text in the text area in one input event, as a paste does. (`fill` types it in as
   * inserted text, which takes minutes for megabytes.)
   */
  async paste(text: string) {
    await this.textArea.evaluate((element, value) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setValue?.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }

  async analyzeFixture(name: string) {
    await this.analyze(bounceFixture(name));
    await expect(this.resultHeading).toBeVisible();
  }

  async openFixtureFile(name: string) {
    await this.fileInput.setInputFiles(bounceFixturePath(name));
  }

  /** Drops a file on the form the way a browser does: a drop event carrying a DataTransfer. */
  async dropFile(name: string, content: string | Buffer, mimeType = 'message/rfc822') {
    await dropFiles(this.page.getByRole('form', { name: 'The bounce' }), [
      { name, mimeType, buffer: Buffer.from(content) },
    ]);
  }

  /** One way on into the tree, named by the role option's label ("I manage Exchange …"). */
  route(name: string | RegExp): Locator {
    return this.result.getByRole('group', { name });
  }

  get routes(): Locator {
    return this.result
      .getByRole('group')
      .filter({ has: this.page.getByRole('link', { name: /^Continue/ }) });
  }

  continueLink(route: Locator): Locator {
    return route.getByRole('link', { name: /^Continue/ });
  }

  /** Links from the result into the wizard's paths. */
  get treeLinks(): Locator {
    return this.result.locator('a[href*="/admin"], a[href*="/sender"], a[href*="/app"]');
  }
}

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
