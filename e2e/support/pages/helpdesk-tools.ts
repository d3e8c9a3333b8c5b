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

  /** The To address (empty when none is suggested), subject and body of the admin email link. */
  async adminEmail(): Promise<{ to: string; subject: string; body: string }> {
    const href = (await this.adminEmailLink.getAttribute('href')) ?? '';
    const match = /^mailto:([^?]*)\?(.*)$/.exec(href);
    expect(match, `a mailto: link with a query, not ${href}`).not.toBeNull();
    const query = new URLSearchParams(match?.[2] ?? '');
    expect([...query.keys()]).toEqual(['subject', 'body']);
    return {
      to: decodeURIComponent(match?.[1] ?? ''),
      subject: query.get('subject') ?? '',
      body: query.get('body') ?? '',
    };
  }

  get senderAddressInput(): Locator {
    return this.page.getByLabel('Your email address');
  }

  get sentAtInput(): Locator {
    return this.page.getByLabel('When you sent it');
  }

  /** The block with the message to the recipient's admin. */
  get adminMessageBlock(): Locator {
    return this.page.getByRole('region', { name: 'Send this to their admin' });
  }
}
