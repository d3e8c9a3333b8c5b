/**
 * The bounded regular expressions the scanner reads protocol text with: SMTP replies,
 * Exchange's diagnostic tokens, host names, addresses and Received headers. Words that change
 * with the report's language are not here: they are content (codes.yaml `reportLanguages`,
 * compiled by report-vocabulary.ts).
 *
 * ReDoS: every expression is anchored, bounded ({m,n}) or guarded by a lookbehind that stops a
 * search from restarting inside a run of the characters it repeats, and each line is cut to
 * MAX_LINE_CHARS before it is examined, so the cost grows linearly with the input.
 * bounce-patterns.test.ts feeds each one long runs of what it repeats.
 */

/** Longest input examined; anything after it is ignored (and reported as truncated). */
export const MAX_INPUT_CHARS = 6 * 1024 * 1024;
/** Longest part of a single line that is examined. */
export const MAX_LINE_CHARS = 4000;

/**
 * SMTP reply before an enhanced code (`550 5.7.1`), after `smtp;` or `#` (`smtp;550`), or
 * opening a line as a server's answer does (`550 Requested action not taken`).
 */
export const SMTP_REPLY =
  /(?<![\w.])([45][0-5]\d)(?=[ -][45]\.\d)|(?:[Ss][Mm][Tt][Pp]; ?|#)([45][0-5]\d)(?!\d)|^[ \t'"]*([45][0-5]\d)(?= [A-Z])/g;
/** Exchange's component-qualified diagnostics (RESOLVER.RST.AuthRequired …) and agents. */
export const DIAGNOSTIC =
  /\b(?:RESOLVER|STOREDRV|QUEUE|SMTPSEND|ROUTING|TRANSPORT|DSNGENERATION|CAT)\.[A-Za-z][\w.]{0,80}|\bUnifiedGroupAgent\b|\bTenantAttribution\b/g;
/** Delivery-status fields (RFC 3464) and the Received header: protocol, never translated. */
export const PROTOCOL_FIELDS = [
  'final-recipient',
  'original-recipient',
  'x-failed-recipients',
  'reporting-mta',
  'remote-mta',
  'diagnostic-code',
  'status',
  'received',
] as const;
/** A Postfix-style report line: `<user@contoso.com>: host mx.contoso.com[192.0.2.1] said: …`. */
export const ANGLE_RECIPIENT =
  /^[ \t]*<([^<>@\s]{1,64}@[A-Za-z0-9.-]{1,253})>(?::| \(expanded from)/;
export const HOST_SAID =
  /\bhost[ \t]+([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})\[[0-9A-Fa-f.:]{1,45}\][ \t]+said:/;
/** `mail.contoso.com #550 5.7.1 …` or `mail.contoso.com #<…` in older Exchange NDRs. */
export const HOST_BEFORE_HASH =
  /^[ \t><]*([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})[ \t]+#(?:<|[45]\d\d|[45]\.\d)/;
/** A server name in square brackets at the end of an Exchange Online SMTP reply. */
export const BRACKETED_HOST =
  /\[([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){2,10})(?:[ \t][^\]]{0,120})?\]/;
/** A Received header's `by <host>`. */
export const RECEIVED_BY = /\bby[ \t]+([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})/i;
/** Exchange's build number in a Received header: `with Microsoft SMTP Server (…) id 14.3.389.1`. */
export const RECEIVED_BUILD =
  /Microsoft SMTP Server(?:[ \t]*\([^)]{0,300}\))?[ \t]*id[ \t]+(\d{1,2})\.(\d{1,2})\.(\d{1,5})\.(\d{1,5})/i;
/** Folded header lines go on with white space. */
export const CONTINUATION = /^[ \t]/;
/**
 * An email address. The lookbehind stops a search from restarting inside a long run of
 * address characters, and every part is bounded, so this stays linear on any line.
 */
export const ADDRESS_SOURCE = String.raw`(?<![\w.%+'!#$&*/=?^\`{|}~-])[\w.%+'!#$&*/=?^\`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}`;
export const ADDRESS = new RegExp(ADDRESS_SOURCE);
/** A host name with at least one dot, as a pattern source (bounded parts). */
export const DOTTED_HOST_SOURCE = String.raw`[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}`;
export const HOST = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}/;
/** `dns;` and an opening bracket before a field's host. */
export const HOST_PREFIX = /^(?:dns;[ \t]*)?\[?/i;
/** A line holding nothing but a host name with at least one dot. */
export const BARE_HOST_LINE = new RegExp(String.raw`^[ \t]*(${DOTTED_HOST_SOURCE})[ \t]*$`);
/** White space that may stand around a label's colon (French puts a no-break space before it). */
export const LABEL_SPACE = String.raw`[ \t\u00a0\u202f]`;

/** A line of base64 (an attachment or an encoded part): letters, digits, + and /, no space. */
const BASE64_LINE = /^[A-Za-z0-9+/]{60,}={0,2}$/;

/**
 * True for a line that holds nothing any stage could read: base64 has no dot, colon, @, # or
 * space, so no code, field, address, reply or sentence. A pasted .eml is mostly such lines.
 */
export function isOpaqueLine(line: string): boolean {
  return line.length >= 60 && line.indexOf(' ') === -1 && BASE64_LINE.test(line);
}

/** Regular-expression source for text to be matched literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Splits text into lines (CRLF, CR or LF), each cut to MAX_LINE_CHARS. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  const length = text.length;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd -= 1;
    const raw =
      lineEnd - start > MAX_LINE_CHARS
        ? text.slice(start, start + MAX_LINE_CHARS)
        : text.slice(start, lineEnd);
    // A lone CR (old Mac line ends) also separates lines.
    if (raw.indexOf('\r') === -1) lines.push(raw);
    else for (const piece of raw.split('\r')) lines.push(piece);
    start = end + 1;
  }
  return lines;
}
