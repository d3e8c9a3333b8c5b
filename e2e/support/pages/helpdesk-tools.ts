import type { Locator, Page } from '@playwright/test';

/** The helpdesk's links on a page: to the page and to each step (the message: sender-message.ts). */
export class HelpdeskTools {
  constructor(readonly page: Page) {}

  get copyPageLinkButton(): Locator {
    return this.page.getByRole('button', { name: 'Copy link to this page' });
  }

  stepLink(number: number): Locator {
    return this.page.getByRole('link', { name: `Link to step ${number}`, exact: true });
  }

  /** The link to a step and its copy button, shown together under the step. */
  stepLinkTools(number: number): Locator {
    return this.stepLink(number).locator('xpath=..');
  }

  copyStepLinkButton(number: number): Locator {
    return this.page.getByRole('button', { name: `Copy link to step ${number}`, exact: true });
  }
}
