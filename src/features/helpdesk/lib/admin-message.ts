import { findStatusCodes } from '../../../lib/status-code';

/** What a sender knows about the bounce, to ask the recipient's admin for the fix. */
export interface AdminMessageInput {
  /** Bounce status codes, e.g. ["5.7.133"]; may be empty. */
  codes: readonly string[];
  /** The address that refused the message, as typed; may be empty. */
  recipient: string;
  /** The absolute URL of the admin fix page (or of the admin path when the exact page is unknown). */
  fixUrl: string;
}

export interface AdminMessage {
  subject: string;
  body: string;
}

const MAX_FIELD_LENGTH = 320;

/**
 * The message a sender sends the recipient's admin: what bounced, what to change and where the
 * exact steps are. Plain text; the caller renders it as text or encodes it into a mailto: link.
 */
export function buildAdminMessage({ codes, recipient, fixUrl }: AdminMessageInput): AdminMessage {
  const address = singleLine(recipient);
  const codeList = codes.map((code) => singleLine(code)).filter((code) => code !== '');
  const codeText = codeList.join(', ');
  const to = address ? ` to ${address}` : '';
  const subject = `Please let my email through${to}${codeText ? ` (bounce ${codeText})` : ''}`;
  const bounced = codeText
    ? `My email${to} was refused with the bounce code ${codeText}.`
    : `My email${to} was refused (bounced).`;
  const body = [
    'Hello,',
    '',
    `${bounced} The recipient accepts mail only from authenticated senders inside your organization, so my message was turned away.`,
    '',
    `Could you turn off "require that all senders are authenticated" for ${address || 'this recipient'}, or add me to its allowed senders?`,
    '',
    'Step-by-step instructions for your Exchange version and admin tool:',
    fixUrl,
    '',
    'Thank you.',
  ].join('\n');
  return { subject, body };
}

/** The message as one text, for a ticket or any email app. */
export function adminMessageText({ subject, body }: AdminMessage): string {
  return `Subject: ${subject}\n\n${body}`;
}

/**
 * A `mailto:` link that opens the message in the user's email app. Every part is percent-encoded,
 * and line breaks become CRLF as RFC 6068 asks. The To field stays empty: the user fills it in.
 */
export function mailtoHref({ subject, body }: AdminMessage): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
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
