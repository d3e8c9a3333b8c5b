import { parseCodeSpec } from '../../lib/status-code.ts';
import type { CodeCatalogue, CodeEntry } from '../codes-schema.ts';
import type { MicrosoftCodesFile } from '../schemas/microsoft-codes-schema.ts';
import type { ContentProblem } from './content-problem.ts';

/** Microsoft's own documentation sites: an entry for a code Microsoft documents cites one. */
const MICROSOFT_PAGE = /^https:\/\/(?:learn|support)\.microsoft\.com\//;

/** A code family without wildcards: `5.7.133` (low = high) or `5.7.606-649`. */
interface Span {
  cls: number;
  subject: number;
  low: number;
  high: number;
}

/** An exact code or a range as a span; undefined for a wildcard (5.7.x, 5.x.x). */
function spanOf(spec: string): Span | undefined {
  const parsed = parseCodeSpec(spec);
  if (!('spec' in parsed)) return undefined;
  const { cls, subject, low, high } = parsed.spec;
  return subject === undefined || low === undefined || high === undefined
    ? undefined
    : { cls, subject, low, high };
}

/** True when the entry's code (or range) holds every code of the listed one. */
function contains(outer: Span, inner: Span): boolean {
  return (
    outer.cls === inner.cls &&
    outer.subject === inner.subject &&
    outer.low <= inner.low &&
    inner.high <= outer.high
  );
}

/**
 * True when a catalogue code (`5.7.133`, `5.7.606-649`) holds every code of a listed one (a code
 * or a range); a wildcard (`5.7.x`) holds none, since it gives only the generic class meaning.
 */
export function codeHolds(spec: string, listed: string): boolean {
  const outer = spanOf(spec);
  const inner = spanOf(listed);
  return outer !== undefined && inner !== undefined && contains(outer, inner);
}

function entriesCovering(catalogue: CodeCatalogue, listed: Span): CodeEntry[] {
  return catalogue.entries.filter((entry) =>
    entry.codes.some((spec) => {
      const span = spanOf(spec);
      return span !== undefined && contains(span, listed);
    }),
  );
}

/**
 * Every code and range Microsoft documents (content/microsoft-ndr-codes.yaml) must have a
 * catalogue entry: one that lists the code, or a range that holds it. A wildcard doesn't count,
 * since it gives the generic class meaning. Each code is reported once, at its first row.
 */
export function checkMicrosoftCoverage(
  list: MicrosoftCodesFile,
  catalogue: CodeCatalogue,
  listFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reported = new Set<string>();
  list.codes.forEach((row, index) => {
    if (row.code === undefined || reported.has(row.code)) return;
    const span = spanOf(row.code);
    if (!span || entriesCovering(catalogue, span).length > 0) return;
    reported.add(row.code);
    const what = span.low === span.high ? 'code' : 'range';
    problems.push({
      file: listFile,
      field: `codes[${index}]`,
      message: `Microsoft documents ${what} ${row.code}${row.text ? ` ("${row.text}")` : ''}, but no entry in content/codes.yaml lists it`,
    });
  });
  return problems;
}

/**
 * What every catalogue entry must say beyond its shape: who can fix it and what to do next; an
 * entry that matches more than a wildcard carries at least one example line (the analyzer's
 * tests run them); and an entry for a code Microsoft documents cites a Microsoft page. (That an
 * entry has a source at all is the schema's rule.)
 */
export function checkCatalogueEntries(
  catalogue: CodeCatalogue,
  list: MicrosoftCodesFile | undefined,
  file: string,
): ContentProblem[] {
  const microsoftCodes = (list?.codes ?? []).flatMap((row) => {
    const span = row.code === undefined ? undefined : spanOf(row.code);
    return span ? [span] : [];
  });
  const problems: ContentProblem[] = [];
  catalogue.entries.forEach((entry, index) => {
    const at = (field: string) => `entries[${index}].${field} (${entry.id})`;
    if (!entry.fixedBy) {
      problems.push({ file, field: at('fixedBy'), message: 'say who can fix it' });
    }
    if (!entry.nextSteps) {
      problems.push({
        file,
        field: at('nextSteps'),
        message: 'say what to do next (two to four lines)',
      });
    }
    const specific = entry.patterns.length > 0 || entry.codes.some((spec) => spanOf(spec));
    if (specific && (entry.examples ?? []).length === 0) {
      problems.push({
        file,
        field: at('examples'),
        message: 'give at least one line of a real bounce this entry is about',
      });
    }
    const spans = entry.codes.flatMap((spec) => spanOf(spec) ?? []);
    const documented = spans.some((span) =>
      microsoftCodes.some((listed) => contains(span, listed)),
    );
    if (documented && !entry.sources.some((url) => MICROSOFT_PAGE.test(url))) {
      problems.push({
        file,
        field: at('sources'),
        message:
          'Microsoft documents this code: cite its Microsoft article (learn.microsoft.com or support.microsoft.com)',
      });
    }
  });
  return problems;
}
