/**
 * Redaction for what bulk triage exports. A person's address and a server's own name are
 * replaced by numbered stand-ins; the organization's domain is kept:
 *
 *   alex.wilber@contoso.com  →  <redacted 1>@contoso.com
 *   mail.contoso.com         →  <host 1>.contoso.com
 *
 * Why numbers and not hashes: a hash of an address can be reversed by hashing the addresses one
 * suspects (a company directory is a short list), while a number says nothing; numbering per
 * export still keeps different recipients apart, so the counts per recipient stay readable. Why
 * the domain stays: it names the organization whose admin has to act, which is what a triage
 * report is for, and a domain that receives mail is public anyway (its MX record). Who wrote to
 * whom, and the names of a network's servers, are what an export should not give away.
 */

/** Second-level labels under which organizations register (co.uk, com.au, ne.jp …). */
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or']);
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:]*)$/i;

/** The labels of a host name that name the organization: contoso.com, contoso.co.uk. */
function organizationLabels(labels: readonly string[]): number {
  if (labels.length < 2) return 0;
  const tld = labels[labels.length - 1] ?? '';
  const second = (labels[labels.length - 2] ?? '').toLowerCase();
  return tld.length === 2 && SHARED_SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
}

export interface Redactor {
  /** `local@domain` → `<redacted N>@domain`; the same address (any case) gets the same N. */
  address(value: string): string;
  /** `mail.contoso.com` → `<host N>.contoso.com`; an IP address → `<ip N>`. */
  host(value: string): string;
}

/** A redactor whose numbering starts at 1; use one per export. */
export function createRedactor(): Redactor {
  const numbers = new Map<string, number>();
  const counters = { address: 0, host: 0, ip: 0 };
  const numberFor = (kind: keyof typeof counters, value: string) => {
    const key = `${kind}:${value.toLowerCase()}`;
    let number = numbers.get(key);
    if (number === undefined) {
      counters[kind] += 1;
      number = counters[kind];
      numbers.set(key, number);
    }
    return number;
  };

  const host = (value: string) => {
    const name = value.replace(/^\[|\]$/g, '');
    if (IP_ADDRESS.test(name)) return `<ip ${numberFor('ip', name)}>`;
    const labels = name.split('.').filter((label) => label !== '');
    const keep = organizationLabels(labels);
    if (labels.length <= keep) return labels.join('.');
    const stand = `<host ${numberFor('host', name)}>`;
    return keep === 0 ? stand : [stand, ...labels.slice(-keep)].join('.');
  };

  const address = (value: string) => {
    const at = value.lastIndexOf('@');
    if (at === -1) return `<redacted ${numberFor('address', value)}>`;
    return `<redacted ${numberFor('address', value)}>@${value.slice(at + 1)}`;
  };

  return { address, host };
}
