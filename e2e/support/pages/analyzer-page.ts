import { expect, type Locator, type Page } from '@playwright/test';
import { bounceFixture, bounceFixturePath } from '../bounce-fixtures.ts';
import { dropFiles } from '../drop-files.ts';
import { waitForApp } from './wait-for-app.ts';

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

  /** How many analyses the page has run (the User Timing measure each one records). */
  analysesRun(): Promise<number> {
    return this.page.evaluate(
      () => performance.getEntriesByName('bounce-analysis', 'measure').length,
    );
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
