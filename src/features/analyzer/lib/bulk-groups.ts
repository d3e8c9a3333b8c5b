/**
 * Bulk triage groups bounces that need the same answer: the same cause (the catalogue entry, or
 * the status code when no entry explains it), the same failed recipient and the same platform.
 * Pure: analyses in, plain data out (it crosses from the worker to the page).
 */
import type { BounceAnalysis } from './analyze-bounce';

/** How many examples of each list a group keeps (the count is always exact). */
const MAX_CODES = 10;
const MAX_SOURCES = 50;
const MAX_SERVERS = 10;

export interface BulkGroup {
  key: string;
  /** Bounces in the group. */
  count: number;
  /** Status codes seen, in order of first appearance (at most MAX_CODES). */
  codes: string[];
  /** The failed recipient as the first bounce wrote it (grouped without regard to case). */
  recipient?: string;
  /** The group's first bounce: every bounce of a group leads to the same place (see groupKey). */
  sample: BounceAnalysis;
  /** Where its bounces came from ("a.eml", "box.mbox › message 3"), the first MAX_SOURCES. */
  sources: string[];
  /** The servers that refused the messages (remote, else reporting), the first MAX_SERVERS. */
  servers: string[];
}

/**
 * What the way on depends on: the entry (it sets the kind, the method, the recipient answer or
 * candidates) and the platform as the result page shows it (the answer, else the candidates,
 * else the guess). Bounces with the same route key lead to the same place.
 */
export function routeKey(analysis: BounceAnalysis): string {
  const cause = analysis.entry ? `entry:${analysis.entry.id}` : `code:${analysis.code ?? ''}`;
  const platform =
    analysis.answers.platform ??
    analysis.platformCandidates?.join('+') ??
    (analysis.platformGuess ? `guess:${analysis.platformGuess}` : '');
  return `${cause}\u0000${platform}`;
}

/** One group, one row with one link: the same route key and the same recipient (any case). */
export function groupKey(analysis: BounceAnalysis): string {
  return `${routeKey(analysis)}\u0000${(analysis.recipient ?? '').toLowerCase()}`;
}

function addLimited(list: string[], value: string | undefined, limit: number): void {
  if (value !== undefined && list.length < limit && !list.includes(value)) list.push(value);
}

/** Collects analyses into groups, in order of each group's first bounce. */
export class BulkGrouper {
  private readonly byKey = new Map<string, BulkGroup>();
  private total = 0;

  add(analysis: BounceAnalysis, source: string): void {
    const key = groupKey(analysis);
    let group = this.byKey.get(key);
    if (!group) {
      group = { key, count: 0, codes: [], sample: analysis, sources: [], servers: [] };
      if (analysis.recipient !== undefined) group.recipient = analysis.recipient;
      this.byKey.set(key, group);
    }
    group.count += 1;
    this.total += 1;
    addLimited(group.codes, analysis.code, MAX_CODES);
    addLimited(group.sources, source, MAX_SOURCES);
    addLimited(group.servers, analysis.servers.remote ?? analysis.servers.reporting, MAX_SERVERS);
  }

  /** Bounces added so far. */
  get bounces(): number {
    return this.total;
  }

  groups(): BulkGroup[] {
    return [...this.byKey.values()];
  }
}

/**
 * Groups from batches of consecutive slices of the files, in file order, as one batch over all
 * the files would have made them: counts add up, each list keeps its first values, and the
 * sample is the first bounce's.
 */
export function mergeGroups(batches: readonly (readonly BulkGroup[])[]): BulkGroup[] {
  const byKey = new Map<string, BulkGroup>();
  for (const group of batches.flat()) {
    const merged = byKey.get(group.key);
    if (!merged) {
      byKey.set(group.key, {
        ...group,
        codes: [...group.codes],
        sources: [...group.sources],
        servers: [...group.servers],
      });
      continue;
    }
    merged.count += group.count;
    for (const code of group.codes) addLimited(merged.codes, code, MAX_CODES);
    for (const source of group.sources) addLimited(merged.sources, source, MAX_SOURCES);
    for (const server of group.servers) addLimited(merged.servers, server, MAX_SERVERS);
  }
  return [...byKey.values()];
}
