/**
 * Who sent the bounced message, and whether that reads like an app or a device: its sender is in
 * the recipient's own domain (a colleague signed in to the organization is never refused as
 * unauthenticated), or its subject or address names a device ("Scanned from …", scanner@).
 * Pure and linear: one look at each header-like line. The words come from the catalogue
 * (`appSenders` in content/codes.yaml).
 */
import type { CodeCatalogue } from '../../../content/codes-schema';

export interface BounceSender {
  /** The bounced message's sender, when the text shows it (an NDR's To:, the original From:). */
  address?: string;
  /** Why the message reads like an app's or device's, if it does. */
  app?: 'same-domain' | 'device-words';
  /** True when the sender's domain is known and is not the recipient's. */
  outside: boolean;
}

/** Header lines worth reading: `From:`, `To:`, `Sender:`, `Return-Path:`, `Subject:`. */
const HEADER = /^\s{0,4}(from|to|sender|return-path|subject)\s*:\s?(.{0,400})/i;
const ADDRESS = /([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64})@((?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63})/;
/** The report's own senders: never the person or app whose message bounced. */
const SYSTEM_LOCAL_PART = /^(?:postmaster|mailer-daemon|microsoftexchange[0-9a-f]*)$/i;
/** How many lines are read for headers: a report's headers and the original's come early. */
const MAX_LINES = 400;

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

interface HeaderFacts {
  senders: string[];
  subjects: string[];
}

function readHeaders(lines: readonly string[], recipients: ReadonlySet<string>): HeaderFacts {
  const facts: HeaderFacts = { senders: [], subjects: [] };
  for (const line of lines.slice(0, MAX_LINES)) {
    const header = HEADER.exec(line);
    if (!header) continue;
    const name = (header[1] ?? '').toLowerCase();
    const value = (header[2] ?? '').trim();
    if (name === 'subject') {
      facts.subjects.push(value);
      continue;
    }
    const found = ADDRESS.exec(value);
    if (!found?.[1] || !found[2]) continue;
    const address = `${found[1]}@${found[2]}`.toLowerCase();
    if (SYSTEM_LOCAL_PART.test(found[1]) || recipients.has(address)) continue;
    facts.senders.push(address);
  }
  return facts;
}

function namesADevice(
  address: string | undefined,
  subjects: readonly string[],
  words: NonNullable<CodeCatalogue['appSenders']>,
): boolean {
  const localWords = address ? address.slice(0, address.lastIndexOf('@')).split(/[._+-]/) : [];
  if (localWords.some((word) => words.localParts.includes(word))) return true;
  return subjects.some((subject) => {
    // "Undeliverable: Scanned from MFP-3F": the device's subject after the report's prefix.
    const own = subject.replace(/^[^:]{1,30}:\s*/, '').toLowerCase();
    const whole = subject.toLowerCase();
    return words.subjects.some((phrase) => {
      const lower = phrase.toLowerCase();
      return own.startsWith(lower) || whole.startsWith(lower);
    });
  });
}

/** The sender of the bounced message and what it says, or undefined when the text shows none. */
export function readBounceSender(
  lines: readonly string[],
  recipients: readonly string[],
  catalogue: CodeCatalogue,
): BounceSender | undefined {
  const failed = new Set(recipients.map((recipient) => recipient.toLowerCase()));
  const { senders, subjects } = readHeaders(lines, failed);
  const address = senders[0];
  const recipientDomain = recipients[0] ? domainOf(recipients[0]) : undefined;
  const sameDomain = address !== undefined && domainOf(address) === recipientDomain;
  const device = catalogue.appSenders
    ? namesADevice(address, subjects, catalogue.appSenders)
    : false;
  if (!address && !device) return undefined;
  const app = sameDomain ? 'same-domain' : device ? 'device-words' : undefined;
  return {
    ...(address ? { address } : {}),
    ...(app ? { app } : {}),
    outside: address !== undefined && recipientDomain !== undefined && !sameDomain,
  };
}
