/**
 * Reading a dropped file into text the analyzer can take: `.eml` through a real MIME parser
 * (postal-mime: multipart/report with message/delivery-status parts, quoted-printable and
 * base64 bodies, RFC 2047 encoded headers), `.txt` as plain text. Everything stays in the
 * browser. Files that are not text are refused with a {@link BounceFileError}.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import { htmlToText } from './html-to-text';

/** Largest file read; a bounce, even with the original message attached, is far smaller. */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;
/** How much of the file the binary check samples. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes above which a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Header part kept from an attached original message (the body is not needed). */
const MAX_ORIGINAL_HEADER_CHARS = 64 * 1024;

export type BounceFileProblem = 'empty' | 'too-large' | 'binary' | 'unreadable';

/** A file the analyzer can't read. `problem` tells the UI which message to show. */
export class BounceFileError extends Error {
  readonly problem: BounceFileProblem;

  constructor(problem: BounceFileProblem, message: string) {
    super(message);
    this.name = 'BounceFileError';
    this.problem = problem;
  }
}

export interface BounceFileText {
  /** Text to hand to analyzeBounce. */
  text: string;
  /** Decoded Subject header (RFC 2047 words decoded), for .eml files. */
  subject?: string;
  /** Decoded From header, as `Name <address>`. */
  from?: string;
  date?: string;
  /** Which parts of the message the text was built from, in order. */
  parts: string[];
}

function toBytes(input: ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function checkSize(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new BounceFileError('empty', 'The file is empty.');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new BounceFileError(
      'too-large',
      `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, which is far more than a bounce; choose the bounce message itself.`,
    );
  }
}

/** True when the bytes look like a binary file (an image, an archive, a .msg …) rather than text. */
export function looksBinary(input: ArrayBuffer | Uint8Array): boolean {
  const bytes = toBytes(input);
  const length = Math.min(bytes.length, SNIFF_BYTES);
  if (length === 0) return false;
  if (hasUtf16Bom(bytes)) return false;
  let control = 0;
  for (let i = 0; i < length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    // Tab, LF, CR, form feed and ESC appear in text; other C0 bytes don't.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27)
      control += 1;
  }
  return control / length > MAX_CONTROL_SHARE;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function refuseBinary(bytes: Uint8Array): void {
  if (looksBinary(bytes)) {
    throw new BounceFileError(
      'binary',
      'This file is not text. Save the bounce as an .eml or .txt file (or copy its text) and try again.',
    );
  }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM, replaces invalid bytes
}

/** Reads a plain-text file (a saved or exported bounce). */
export function readTextFile(input: ArrayBuffer | Uint8Array): BounceFileText {
  const bytes = toBytes(input);
  checkSize(bytes);
  refuseBinary(bytes);
  return { text: decodeText(bytes), parts: ['text/plain'] };
}

function attachmentText(content: ArrayBuffer | Uint8Array | string): string {
  return typeof content === 'string' ? content : new TextDecoder('utf-8').decode(toBytes(content));
}

/** Joins folded header lines (a line starting with white space continues the one before). */
function unfold(text: string): string {
  return text.replace(/\r?\n[ \t]+/g, ' ');
}

function headerBlock(message: string): string {
  const end = message.search(/\r?\n\r?\n/);
  return (end === -1 ? message : message.slice(0, end)).slice(0, MAX_ORIGINAL_HEADER_CHARS);
}

function formatAddress(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  if (address.address === undefined) return address.name;
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

/**
 * Reads an .eml file. The text is the message's own headers that matter (Subject, From, To,
 * Date), its plain-text body (or its HTML body turned into text), every delivery-status report
 * (folded fields joined) and the headers of the returned message.
 */
export async function readEml(input: ArrayBuffer | Uint8Array): Promise<BounceFileText> {
  const bytes = toBytes(input);
  checkSize(bytes);
  refuseBinary(bytes);

  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch {
    throw new BounceFileError('unreadable', 'This file could not be read as an email message.');
  }

  const sections: string[] = [];
  const parts: string[] = [];
  const from = formatAddress(email.from);
  const to = email.to
    ?.map(formatAddress)
    .filter((value) => value !== undefined)
    .join(', ');
  const head = [
    email.subject !== undefined ? `Subject: ${email.subject}` : undefined,
    from !== undefined ? `From: ${from}` : undefined,
    to ? `To: ${to}` : undefined,
    email.date !== undefined ? `Date: ${email.date}` : undefined,
  ].filter((line) => line !== undefined);
  if (head.length > 0) sections.push(head.join('\n'));

  if (email.text && email.text.trim() !== '') {
    sections.push(email.text);
    parts.push('text/plain');
  } else if (email.html) {
    sections.push(htmlToText(email.html));
    parts.push('text/html');
  }

  for (const attachment of email.attachments) {
    const type = attachment.mimeType;
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      sections.push(unfold(attachmentText(attachment.content)));
      parts.push(type);
    } else if (type === 'text/rfc822-headers' || type === 'message/rfc822-headers') {
      sections.push(attachmentText(attachment.content));
      parts.push(type);
    } else if (type === 'message/rfc822' || type === 'message/global') {
      sections.push(headerBlock(attachmentText(attachment.content)));
      parts.push(`${type} (headers)`);
    }
  }

  const text = sections.join('\n\n');
  if (text.trim() === '') {
    throw new BounceFileError('unreadable', 'This email message has no text to analyse.');
  }
  const result: BounceFileText = { text, parts };
  if (email.subject !== undefined) result.subject = email.subject;
  if (from !== undefined) result.from = from;
  if (email.date !== undefined) result.date = email.date;
  return result;
}

/** Reads a dropped file by its name: `.eml` as an email, anything else as text. */
export function readBounceFile(
  input: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<BounceFileText> {
  if (/\.eml$/i.test(fileName)) return readEml(input);
  try {
    return Promise.resolve(readTextFile(input));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
