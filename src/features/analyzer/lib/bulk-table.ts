/**
 * The bulk triage table: one row per group, with what the row shows and where it leads (the same
 * continue plan as a single analysis), and how the rows sort. Pure.
 */
import type { FixRoute, Tree } from '../../../content/model';
import type { BounceAnalysis, BounceKind } from './analyze-bounce';
import { microsoftArticle, platformText } from './bounce-labels';
import { routeKey, type BulkGroup } from './bulk-groups';
import {
  continueLinkText,
  continueRoutes,
  resolveBounce,
  type ContinueRoute,
} from './continue-plan';

export type BulkColumn = 'cause' | 'code' | 'recipient' | 'platform' | 'count';
export type SortDirection = 'ascending' | 'descending';
export interface BulkSort {
  column: BulkColumn;
  direction: SortDirection;
}

/** A link into the wizard: where a group's bounces are fixed (or the next question on the way). */
export interface BulkWayOn {
  label: string;
  /** App path ("/admin/distribution-group/…"). */
  path: string;
  /** Who the path is for (the role option's label). */
  role?: string;
}

/** Where a row leads. */
export type BulkGuide =
  /** The wizard fixes it: one link per role, best first. */
  | { type: 'routes'; ways: BulkWayOn[] }
  /** It depends on an answer (an ambiguous entry): a link per answer, when the answer has one. */
  | { type: 'choose'; question: string; options: { label: string; way?: BulkWayOn }[] }
  /** Not the wizard's problem: what it means, who can fix it, what to do, and the article. */
  | { type: 'explain'; what?: string; whoCanFix?: string; nextSteps?: string[]; source?: string };

export interface BulkRow {
  key: string;
  kind: BounceKind;
  cause: string;
  /** The group's status codes, comma-separated ("" when none). */
  code: string;
  recipient: string;
  platform: string;
  count: number;
  servers: string[];
  sources: string[];
  guide: BulkGuide;
}

/**
 * Whoever triages a batch of bounces works for the recipients' side: the sender's way, which a
 * single bounce may put first (continue-plan's rolesFor), comes last here.
 */
function waysOn(routes: readonly ContinueRoute[], fixes: readonly FixRoute[]): BulkWayOn[] {
  const ordered = [...routes].sort(
    (a, b) => Number(a.role === 'sender') - Number(b.role === 'sender'),
  );
  return ordered.map((route) => {
    const role = route.walk.steps[0]?.option.label;
    return {
      label: continueLinkText(route.walk, fixes),
      path: route.walk.path,
      ...(role ? { role } : {}),
    };
  });
}

function guideFor(tree: Tree, fixes: readonly FixRoute[], analysis: BounceAnalysis): BulkGuide {
  const resolution = resolveBounce(analysis);
  const routes = continueRoutes(tree, analysis, resolution);
  if (routes.length > 0) return { type: 'routes', ways: waysOn(routes, fixes) };
  const { entry } = analysis;
  if (analysis.kind === 'ambiguous' && entry?.ask) {
    const options = entry.ask.options.map((option, index) => {
      const [way] = waysOn(continueRoutes(tree, analysis, resolveBounce(analysis, index)), fixes);
      return way ? { label: option.label, way } : { label: option.label };
    });
    return { type: 'choose', question: entry.ask.question, options };
  }
  if (!entry) return { type: 'explain' };
  // Microsoft's article first, as the single result links to it; else the entry's first source.
  const source = microsoftArticle(entry) ?? entry.sources[0];
  return {
    type: 'explain',
    what: entry.explanation.what,
    whoCanFix: entry.explanation.whoCanFix,
    ...(entry.nextSteps ? { nextSteps: entry.nextSteps } : {}),
    ...(source ? { source } : {}),
  };
}

function causeOf(analysis: BounceAnalysis): string {
  if (analysis.entry) return analysis.entry.title;
  if (analysis.code) return `Status code ${analysis.code}`;
  const reply = analysis.smtpReplies[0];
  return reply ? `SMTP reply ${reply}` : 'Unknown';
}

/**
 * The table's rows, in the groups' order. The way on is worked out once per route key (a batch
 * can hold thousands of recipients, but only a few causes and platforms).
 */
export function bulkRows(
  groups: readonly BulkGroup[],
  tree: Tree,
  fixes: readonly FixRoute[],
): BulkRow[] {
  const guides = new Map<string, BulkGuide>();
  return groups.map((group) => {
    const analysis = group.sample;
    const key = routeKey(analysis);
    const guide = guides.get(key) ?? guideFor(tree, fixes, analysis);
    guides.set(key, guide);
    return {
      key: group.key,
      kind: analysis.kind,
      cause: causeOf(analysis),
      code: group.codes.join(', '),
      recipient: group.recipient ?? '',
      platform: platformText(tree, analysis, resolveBounce(analysis)) ?? '',
      count: group.count,
      servers: group.servers,
      sources: group.sources,
      guide,
    };
  });
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareColumn(a: BulkRow, b: BulkRow, column: BulkColumn): number {
  if (column === 'count') return a.count - b.count;
  return collator.compare(a[column], b[column]);
}

/**
 * The rows sorted by a column; an empty cell sorts last either way, and ties go to the larger
 * group, then to the cause and the recipient, so the order never depends on arrival.
 */
export function sortRows(rows: readonly BulkRow[], sort: BulkSort): BulkRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.column !== 'count') {
      const emptyA = a[sort.column] === '';
      const emptyB = b[sort.column] === '';
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
    }
    return (
      sign * compareColumn(a, b, sort.column) ||
      b.count - a.count ||
      collator.compare(a.cause, b.cause) ||
      collator.compare(a.recipient, b.recipient) ||
      collator.compare(a.key, b.key)
    );
  });
}

/** The largest groups first: what a helpdesk works through first. */
export const DEFAULT_SORT: BulkSort = { column: 'count', direction: 'descending' };

/** A header's button: the same column flips the direction; another starts in its natural one. */
export function nextSort(current: BulkSort, column: BulkColumn): BulkSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'count' ? 'descending' : 'ascending' };
}
