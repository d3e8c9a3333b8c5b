import { findStatusCodes } from '../../../lib/status-code';

/** One admin page the message links to; a label when the bounce leaves a few kinds open. */
export interface AdminMessageLink {
  /** "Distribution group", when there are several links to choose from. */
  label?: string;
  /** The absolute URL of the page. */
  url: string;
}

/** What a sender knows about the bounce, to ask the recipient's admin for the fix. */
export interface AdminMessageInput {
  /** Bounce status codes, e.g. ["5.7.133"]; may be empty. */
  codes: readonly string[];
  /** The address that refused the message, as typed; may be empty. */
  recipient: string;
  /** The sender's own address, as typed; may be empty. */
  sender?: string;
  /** When the message was sent, in the sender's words ("2 December, about 10:40"); may be empty. */
  sentAt?: string;
  /** The deepest admin pages the bounce determines (at least one: the admin path's start). */
  links: readonly AdminMessageLink[];
  /**
   * What the bounce says, as the sender path's `method` answer: `not-allowed` (a list of allowed
   * senders), `group-external-senders` (a Microsoft 365 group closed to outside senders), or
   * anything else for "authentication required", the usual case.
   */
  refusal?: string;
}

export interface AdminMessage {
  subject: string;
  body: string;
}

const MAX_FIELD_LENGTH = 320;

/** "My email to x, sent y from z, was refused with the bounce code 5.7.133." */
function bouncedSentence(address: string, sender: string, sentAt: string, codeText: string) {
  const when = [sentAt ? `sent ${sentAt}` : '', sender ? `from ${sender}` : '']
    .filter(Boolean)
    .join(' ');
  const details = `${address ? ` to ${address}` : ''}${when ? `, ${when},` : ''}`;
  return codeText
    ? `My email${details} was refused with the bounce code ${codeText}.`
    : `My email${details} was refused (bounced).`;
}

/** Why the message was refused and what to change, in the words of the bounce's kind. */
function askLines(refusal: string | undefined, address: string, me: string): string[] {
  const recipient = address || 'this recipient';
  if (refusal === 'not-allowed') {
    return [
      'The recipient accepts mail only from the senders on its list of allowed senders, and I am not on it.',
      `Could you add ${me} to the allowed senders of ${recipient}, or remove that restriction?`,
    ];
  }
  if (refusal === 'group-external-senders') {
    return [
      'The recipient is a Microsoft 365 group that is not set up to receive messages from outside your organization.',
      `Could you (or the group's owner) select "Allow external senders to email this group" for ${recipient}?`,
    ];
  }
  return [
    'The recipient accepts mail only from authenticated senders inside your organization, so my message was turned away.',
    `Could you turn off "require that all senders are authenticated" for ${recipient}, or add ${me} to its allowed senders?`,
  ];
}

/** The links: one on a line of its own, several each with what it is for. */
function linkLines(links: readonly AdminMessageLink[]): string[] {
  const [only, ...more] = links;
  if (only && more.length === 0) {
    return ['Step-by-step instructions for your Exchange version and admin tool:', only.url];
  }
  return [
    'Step-by-step instructions for your Exchange version and admin tool, by the kind of recipient:',
    ...links.map((link) => `- ${link.label ? `${singleLine(link.label)}: ` : ''}${link.url}`),
  ];
}

/**
 * The message a sender sends the recipient's admin: what bounced (to whom, when, from whom,
 * which code), that the bounce is attached, what to change, and where the exact steps are.
 * Plain text; the caller renders it as text or encodes it into a mailto: link.
 */
export function buildAdminMessage(input: AdminMessageInput): AdminMessage {
  const address = singleLine(input.recipient);
  const sender = singleLine(input.sender ?? '');
  const sentAt = singleLine(input.sentAt ?? '');
  const codeText = input.codes
    .map((code) => singleLine(code))
    .filter((code) => code !== '')
    .join(', ');
  const to = address ? ` to ${address}` : '';
  const subject = `Please let my email through${to}${codeText ? ` (bounce ${codeText})` : ''}`;
  const me = sender ? `my address, ${sender},` : 'me';
  const body = [
    'Hello,',
    '',
    `${bouncedSentence(address, sender, sentAt, codeText)} I have attached the bounce (the non-delivery report) I got back.`,
    '',
    ...askLines(input.refusal, address, me),
    '',
    ...linkLines(input.links),
    '',
    'Thank you.',
    ...(sender ? [sender] : []),
  ].join('\n');
  return { subject, body };
}

/** The message as one text, for a ticket or any email app. */
export function adminMessageText({ subject, body }: AdminMessage): string {
  return `Subject: ${subject}\n\n${body}`;
}

/**
 * The postmaster address of the recipient's domain (RFC 5321, 4.5.1: every mail domain must
 * accept mail to it), or undefined when the typed address has no plausible domain.
 */
export function postmasterFor(recipient: string): string | undefined {
  const match = /^[^\s@]+@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i.exec(
    recipient.trim(),
  );
  return match?.[1] ? `postmaster@${match[1].toLowerCase()}` : undefined;
}

/**
 * A `mailto:` link that opens the message in the user's email app. Every part is percent-encoded,
 * and line breaks become CRLF as RFC 6068 asks. The To field holds `to` when it is given (a
 * checked postmaster address); the user can change it in their email app.
 */
export function mailtoHref({ subject, body }: AdminMessage, to?: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  const address = to ? encodeURIComponent(to).replace('%40', '@') : '';
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** Bounce status codes (5.7.133 …) found in typed text, once each, in order. */
export function parseStatusCodes(text: string): string[] {
  return [...new Set(findStatusCodes(text).map((code) => code.text))];
}

/** Typed text as one line: control characters and runs of white space become one space. */
export function singleLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim()
    .slice(0, MAX_FIELD_LENGTH);
}
