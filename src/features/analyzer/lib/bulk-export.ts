/**
 * The bulk triage table as a CSV file, in the order the table shows, optionally with addresses
 * and server names redacted (see redact.ts for what is replaced and why).
 */
import type { BulkGuide, BulkRow } from './bulk-table';
import { toCsv, type CsvValue } from './csv';
import { createRedactor, type Redactor } from './redact';

export const CSV_HEADER = [
  'Cause',
  'Kind',
  'Status codes',
  'Recipient',
  'Platform',
  'Bounces',
  'Rejecting servers',
  'Next step',
  'Link',
] as const;

export interface CsvOptions {
  redact: boolean;
  /** The full URL of an app path, for the links (the site's origin and base path). */
  siteUrl: (appPath: string) => string;
}

function nextStep(guide: BulkGuide, siteUrl: CsvOptions['siteUrl']): [string, string] {
  if (guide.type === 'routes') {
    const [best] = guide.ways;
    return best ? [best.label, siteUrl(best.path)] : ['', ''];
  }
  if (guide.type === 'choose') {
    const answers = guide.options.map(
      (option) => `${option.label}: ${option.way?.label ?? 'not a problem this wizard fixes'}`,
    );
    const links = guide.options.flatMap((option) => (option.way ? [siteUrl(option.way.path)] : []));
    return [`${guide.question} ${answers.join('; ')}`, links.join(' ')];
  }
  return [guide.nextSteps?.join(' ') ?? guide.whoCanFix ?? '', guide.source ?? ''];
}

function record(row: BulkRow, options: CsvOptions, redactor: Redactor | undefined): CsvValue[] {
  const [step, link] = nextStep(row.guide, options.siteUrl);
  const recipient = row.recipient && redactor ? redactor.address(row.recipient) : row.recipient;
  const servers = redactor ? row.servers.map((server) => redactor.host(server)) : row.servers;
  return [
    row.cause,
    row.kind.replace(/-/g, ' '),
    row.code,
    recipient,
    row.platform,
    row.count,
    servers.join(' '),
    step,
    link,
  ];
}

/** The CSV text of the rows (already sorted as shown). */
export function bulkCsv(rows: readonly BulkRow[], options: CsvOptions): string {
  const redactor = options.redact ? createRedactor() : undefined;
  return toCsv(
    CSV_HEADER,
    rows.map((row) => record(row, options, redactor)),
  );
}

/** bounce-triage-2026-01-31.csv, or …-redacted.csv. */
export function csvFileName(date: Date, redacted: boolean): string {
  const day = date.toISOString().slice(0, 10);
  return `bounce-triage-${day}${redacted ? '-redacted' : ''}.csv`;
}
