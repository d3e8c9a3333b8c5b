/**
 * Checks what an admin types into the command builder: the recipient, and the outside senders
 * to allow. Pure functions; every message is a plain sentence the UI shows as text.
 *
 * Quoting already makes any value safe inside a command (see `quotePowerShellLiteral`); these
 * checks catch what would make a command wrong or misleading: line breaks, control characters,
 * invisible direction marks, and senders that are not email addresses.
 */

/** Longest recipient accepted, in characters (code points). */
export const RECIPIENT_MAX_LENGTH = 256;
/** Longest email address accepted, in characters (the SMTP path limit, RFC 5321 §4.5.3.1.3). */
export const EMAIL_ADDRESS_MAX_LENGTH = 254;
/** Longest part before the @ (RFC 5321 §4.5.3.1.1). */
export const EMAIL_LOCAL_PART_MAX_LENGTH = 64;

export type RecipientCheck =
  /** Nothing typed yet (or only spaces): not an error; the commands keep their placeholder. */
  | { status: 'empty' }
  /** `value` is the trimmed recipient, ready to fill into commands. */
  | { status: 'valid'; value: string }
  | { status: 'invalid'; message: string };

export interface SenderError {
  /** 1-based line of the text area the entry is on. */
  line: number;
  /** The entry as typed (trimmed). */
  entry: string;
  /** For example: `line 3: 'bob@' is not an email address (nothing comes after the @).` */
  message: string;
}

export interface SendersCheck {
  /** Valid addresses in the order typed, without duplicates (compared ignoring case). */
  addresses: string[];
  /** One per entry that is not an email address, in the order typed. */
  errors: SenderError[];
}

const LINE_BREAKS = new Map<number, string>([
  [0x0a, 'a line break'],
  [0x0d, 'a line break (carriage return)'],
  [0x85, 'a line break (next line, U+0085)'],
  [0x2028, 'a line separator (U+2028)'],
  [0x2029, 'a paragraph separator (U+2029)'],
]);

const NAMED_CONTROLS = new Map<number, string>([
  [0x00, 'a null character (U+0000)'],
  [0x09, 'a tab (U+0009)'],
]);

/** Characters that reorder how text is displayed, so the command shown would not read as it runs. */
function isBidiControl(codePoint: number): boolean {
  return (
    (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with one character, or undefined if it is allowed in a recipient or address. */
function describeForbiddenCharacter(char: string): string | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  const lineBreak = LINE_BREAKS.get(codePoint);
  if (lineBreak !== undefined) return lineBreak;
  const named = NAMED_CONTROLS.get(codePoint);
  if (named !== undefined) return named;
  if (/\p{Cc}/u.test(char)) return `a control character (${hex(codePoint)})`;
  if (isBidiControl(codePoint)) return `an invisible text-direction character (${hex(codePoint)})`;
  return undefined;
}

function firstForbiddenCharacter(text: string): { char: string; description: string } | undefined {
  for (const char of text) {
    const description = describeForbiddenCharacter(char);
    if (description !== undefined) return { char, description };
  }
  return undefined;
}

function codePointLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Checks the recipient (name, alias or address). Spaces around it are dropped; an empty field
 * is "not typed yet", not an error. `subject` names the field in messages, so the same check
 * serves other name-or-address inputs (the all-internal-users group).
 */
export function validateRecipient(input: string, subject = 'The recipient'): RecipientCheck {
  const value = input.trim();
  if (value === '') return { status: 'empty' };
  const forbidden = firstForbiddenCharacter(value);
  if (forbidden !== undefined) {
    const codePoint = forbidden.char.codePointAt(0) ?? 0;
    const message = LINE_BREAKS.has(codePoint)
      ? `${subject} contains ${forbidden.description}. Type one name, alias or address, on a single line.`
      : `${subject} contains ${forbidden.description}, which a name, alias or address can't contain. Remove it and try again.`;
    return { status: 'invalid', message };
  }
  const length = codePointLength(value);
  if (length > RECIPIENT_MAX_LENGTH) {
    return {
      status: 'invalid',
      message: `${subject} is ${length} characters long; the limit is ${RECIPIENT_MAX_LENGTH}.`,
    };
  }
  return { status: 'valid', value };
}

/** Letters, digits and the symbols RFC 5322 allows unquoted before the @ (its `atext`). */
const ASCII_ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]$/;
/** Visible characters: no control, format, unassigned or separator characters. */
const VISIBLE = /^[^\p{C}\p{Z}]$/u;
const DOMAIN_LABEL_CHAR = /^[A-Za-z0-9-]$|^[\p{L}\p{M}\p{N}]$/u;

function isLocalPartCharacter(char: string): boolean {
  // Internationalized addresses (RFC 6531) allow any visible non-ASCII character.
  return ASCII_ATEXT.test(char) || ((char.codePointAt(0) ?? 0) > 0x7f && VISIBLE.test(char));
}

function localPartProblem(local: string): string | undefined {
  if (codePointLength(local) > EMAIL_LOCAL_PART_MAX_LENGTH) {
    return `the part before the @ is longer than ${EMAIL_LOCAL_PART_MAX_LENGTH} characters`;
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'the part before the @ starts or ends with a dot, or has two dots in a row';
  }
  for (const char of local) {
    if (char !== '.' && !isLocalPartCharacter(char)) {
      return `the part before the @ can't contain ${char}`;
    }
  }
  return undefined;
}

function domainProblem(domain: string): string | undefined {
  if (!domain.includes('.')) return 'the domain after the @ needs a dot, as in contoso.com';
  const labels = domain.split('.');
  if (labels.some((label) => label === '')) {
    return 'the domain after the @ starts or ends with a dot, or has two dots in a row';
  }
  for (const label of labels) {
    for (const char of label) {
      if (!DOMAIN_LABEL_CHAR.test(char)) return `the domain after the @ can't contain ${char}`;
    }
    if (label.startsWith('-') || label.endsWith('-')) {
      return 'a part of the domain starts or ends with a hyphen';
    }
  }
  const topLevel = labels[labels.length - 1] ?? '';
  if (codePointLength(topLevel) < 2 || /^[0-9]+$/.test(topLevel)) {
    return 'the domain does not end in a top-level domain such as .com';
  }
  return undefined;
}

/**
 * Why `address` is not an email address, as a phrase to follow "is not an email address",
 * or undefined when it is one. A pragmatic check, not full RFC 5322: `local@domain.tld`, one @,
 * no spaces or control characters, a dot in the domain, at most 254 characters.
 */
export function emailAddressProblem(address: string): string | undefined {
  if (address === '') return 'it is empty';
  const forbidden = firstForbiddenCharacter(address);
  if (forbidden !== undefined) return `it contains ${forbidden.description}`;
  if (/\s/u.test(address)) return 'it contains a space';
  if (codePointLength(address) > EMAIL_ADDRESS_MAX_LENGTH) {
    return `it is longer than ${EMAIL_ADDRESS_MAX_LENGTH} characters`;
  }
  const parts = address.split('@');
  if (parts.length === 1) return 'there is no @';
  if (parts.length > 2) return 'it has more than one @';
  const [local = '', domain = ''] = parts;
  if (local === '') return 'nothing comes before the @';
  if (domain === '') return 'nothing comes after the @';
  return localPartProblem(local) ?? domainProblem(domain);
}

/** Line terminators in the text area (Unicode's: CR LF, LF, CR, NEL, LS, PS). */
const LINE_SPLIT = /\r\n|[\n\r\u0085\u2028\u2029]/;
/** Separators tolerated between addresses on one line. */
const ENTRY_SPLIT = /[,;]/;
/** `Display Name <address>`, as copied from a mail client. */
const ANGLE_ADDRESS = /^[^<>]*<([^<>]*)>$/;

const SHOWN_ENTRY_MAX_LENGTH = 60;

/** The entry as it can be shown in a message: invisible characters named, long ones cut. */
function showEntry(entry: string): string {
  let shown = '';
  for (const char of entry) {
    shown +=
      describeForbiddenCharacter(char) === undefined ? char : `[${hex(char.codePointAt(0) ?? 0)}]`;
  }
  const chars = [...shown];
  return chars.length > SHOWN_ENTRY_MAX_LENGTH
    ? `${chars.slice(0, SHOWN_ENTRY_MAX_LENGTH - 1).join('')}…`
    : shown;
}

/**
 * Checks the mailbox an app sends as: one email address (the app's From address must be that
 * mailbox's address). Spaces around it are dropped; an empty field is "not typed yet".
 */
export function validateMailbox(input: string): RecipientCheck {
  const value = input.trim();
  if (value === '') return { status: 'empty' };
  const problem = emailAddressProblem(value);
  if (problem === undefined) return { status: 'valid', value };
  return {
    status: 'invalid',
    message: `'${showEntry(value)}' is not an email address (${problem}). Type the address of the mailbox the app signs in as.`,
  };
}

/**
 * Checks the allowed outside senders: one address per line (commas and semicolons also
 * separate addresses; spaces around an address and blank lines are ignored; `Name <address>`
 * is read as the address). Returns the valid addresses, deduplicated ignoring case, and one
 * error per entry that is not an email address.
 */
export function validateSenders(input: string): SendersCheck {
  const addresses: string[] = [];
  const errors: SenderError[] = [];
  const seen = new Set<string>();
  input.split(LINE_SPLIT).forEach((lineText, index) => {
    const line = index + 1;
    for (const piece of lineText.split(ENTRY_SPLIT)) {
      const entry = piece.trim();
      if (entry === '') continue;
      const address = ANGLE_ADDRESS.exec(entry)?.[1]?.trim() ?? entry;
      const problem = emailAddressProblem(address);
      if (problem !== undefined) {
        errors.push({
          line,
          entry,
          message: `line ${line}: '${showEntry(entry)}' is not an email address (${problem}).`,
        });
        continue;
      }
      const key = address.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        addresses.push(address);
      }
    }
  });
  return { addresses, errors };
}
