import { expect, type Locator, type Page } from '@playwright/test';
import { AnalyzerPage } from './analyzer-page.ts';

/** The sender page the message specs start from: "authentication required", no code of its own. */
export const SENDER_PAGE = '/sender/authentication-required';

/** What a sender can tell the message about the bounce; each field is filled only when given. */
export interface BounceDetails {
  recipient?: string;
  sender?: string;
  sentAt?: string;
  code?: string;
}

/** Dana's bounce: 5.7.133 from a distribution group in Exchange Online. */
export const DANAS_BOUNCE = {
  recipient: 'sales@contoso.com',
  sender: 'dana@fabrikam.com',
  sentAt: 'today at 10:40',
  code: '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup',
} as const satisfies BounceDetails;

/**
 * The sender's message to the recipient's admin ("Send this to their admin"): the block that
 * leads every sender page and follows an analysis, its fields, and the email and text it makes.
 */
export class SenderMessage {
  constructor(
    readonly page: Page,
    /** Opens an app path the way the wizard page object does (base path, waiting for the app). */
    private readonly open: (appPath: string) => Promise<void>,
  ) {}

  /** Opens a sender page (by default SENDER_PAGE), with the message block at its top. */
  async openSenderPage(appPath: string = SENDER_PAGE) {
    await this.open(appPath);
  }

  /** Fills in what the sender knows, field by field. */
  async fillIn(details: BounceDetails) {
    if (details.recipient !== undefined) await this.recipientAddressInput.fill(details.recipient);
    if (details.sender !== undefined) await this.senderAddressInput.fill(details.sender);
    if (details.sentAt !== undefined) await this.sentAtInput.fill(details.sentAt);
    if (details.code !== undefined) await this.bounceCodeInput.fill(details.code);
  }

  /** Analyzes a bounce fixture on /analyze: the message follows the result. */
  async analyzeFixture(name: string) {
    const analyzer = new AnalyzerPage(this.page);
    await analyzer.open();
    await analyzer.analyzeFixture(name);
  }

  /** Analyzes a bounce fixture, then takes the sender's way on to the sender page. */
  async continueFromAnalysis(name: string) {
    await this.analyzeFixture(name);
    await this.page
      .getByRole('group', { name: 'I sent an email and got a bounce' })
      .getByRole('link')
      .first()
      .click();
  }

  /** The block with the message to the recipient's admin. */
  get adminMessageBlock(): Locator {
    return this.page.getByRole('region', { name: 'Send this to their admin' });
  }

  get recipientAddressInput(): Locator {
    return this.page.getByLabel('Address you wrote to');
  }

  get senderAddressInput(): Locator {
    return this.page.getByLabel('Your email address');
  }

  get sentAtInput(): Locator {
    return this.page.getByLabel('When you sent it');
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
}
