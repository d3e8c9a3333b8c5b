/** What the scanner finds in a bounce, and the working state its stages share. */
import type { PlatformSlug } from '../../../content/codes-schema';
import type { ExchangePlatforms } from './exchange-platforms';
import type { ReportVocabulary } from './report-vocabulary';

/** A found piece of text: the line it is on (0-based) and its range within that line. */
export interface Hit {
  line: number;
  start: number;
  end: number;
}

export interface CodeHit extends Hit {
  /** `5.7.133` */
  code: string;
  cls: number;
  subject: number;
  detail: number;
  /** Found on a `Status:` or `Diagnostic-Code:` line of a delivery-status report. */
  inStatusField: boolean;
}

export interface ValueHit extends Hit {
  value: string;
}

/** An Exchange version the text shows. */
export interface VersionHit extends Hit {
  platform: PlatformSlug;
  /** e.g. "Exchange Server 2010" or "Exchange Online". */
  label: string;
  /** The build number from a Received header, e.g. `14.3.389.1`. */
  build?: string;
  /** The host that reported this build (Received: by …), when it came from a header. */
  host?: string;
}

/** Where the parts of an NDR's layout start (0-based lines), when the text has them. */
export interface ReportSections {
  /** The report's subject ("Undeliverable: …", "Unzustellbar: …"). */
  subject?: number;
  /** "Diagnostic information for administrators" or its translation. */
  diagnostics?: number;
  /** "Original message headers" or its translation. */
  originalHeaders?: number;
}

export interface ScanResult {
  /** The examined lines, each cut to MAX_LINE_CHARS. */
  lines: string[];
  truncated: boolean;
  codes: CodeHit[];
  replies: ValueHit[];
  diagnostics: ValueHit[];
  /** Failed recipients, best source first. */
  recipients: ValueHit[];
  reportingServer?: ValueHit;
  remoteServer?: ValueHit;
  versions: VersionHit[];
  /** Lines worth matching catalogue patterns against (sorted, unique). */
  focusLines: number[];
  /** The language of the report's layout (its labels and headings), when the text shows one. */
  language?: string;
  sections: ReportSections;
}

/** Where a failed recipient was found; the lower the rank, the better the source. */
export const RECIPIENT_RANK = {
  'final-recipient': 0,
  'your-message-to': 1,
  'recipient-list': 2,
  'recipient-address': 3,
  'original-recipient': 4,
  'x-failed-recipients': 5,
  'diagnostic-section': 6,
} as const;
export type RecipientSource = keyof typeof RECIPIENT_RANK;

/** A value found on a line, before it is tied to its line number. */
export interface Found {
  value: string;
  start: number;
  end: number;
}

/** The scan so far: every stage reads the lines and adds what it finds. */
export interface ScanState {
  lines: string[];
  vocabulary: ReportVocabulary;
  platforms: ExchangePlatforms;
  codes: CodeHit[];
  replies: ValueHit[];
  diagnostics: ValueHit[];
  recipientHits: Array<{ hit: ValueHit; rank: number }>;
  seenRecipients: Set<string>;
  versions: VersionHit[];
  /** Received headers (where each starts, its `by` host): their builds count only for the server. */
  received: Array<{ index: number; host: ValueHit }>;
  reportingServer?: ValueHit;
  remoteServer?: ValueHit;
  /** An Exchange Online host in brackets on a code's line: the remote server if none is named. */
  bracketedRemote?: ValueHit;
  /** Lines that carry a code, a diagnostic or a field: catalogue patterns are tried near them. */
  anchors: number[];
  /** How many labels, headings and sentences of each language the text has. */
  languageVotes: Map<string, number>;
  sections: ReportSections;
}
