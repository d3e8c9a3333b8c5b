import { expect, type Locator, type Page } from '@playwright/test';

/** The helpdesk's tools on a page: links to the page and its steps, the message to the admin. */
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
}
