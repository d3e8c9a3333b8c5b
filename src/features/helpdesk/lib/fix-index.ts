import type { EnumeratedPosition } from '../../../content/enumerate-positions';
import type { AnswerKey, Answers, FixSummary, Tree } from '../../../content/model';
import {
  buildCodeIndex,
  codeSourcesFromFixes,
  type CodeIndexEntry,
  type CodeSource,
} from './code-index';
import { compileSearch, synonymMap } from './search-score';
import { normaliseSearchText } from './search-text';

/** One fix page under one recipient type and platform, with a real wizard URL that ends on it. */
export interface FixIndexEntry {
  fixId: string;
  title: string;
  summary: string;
  path: string;
  codes: readonly string[];
  /** The answers on the way that the group headings do not already say ("PowerShell" …). */
  context: string[];
  searchText: string;
}

export interface FixIndexSubgroup {
  key: string;
  label: string;
  entries: FixIndexEntry[];
}

export interface FixIndexGroup {
  key: string;
  label: string;
  subgroups: FixIndexSubgroup[];
}

export interface FixIndex {
  groups: FixIndexGroup[];
  codes: CodeIndexEntry[];
  /** Search word → the words it also finds (content/search-synonyms.yaml). */
  synonyms?: ReadonlyMap<string, readonly string[]>;
}

export interface FixIndexInput {
  tree: Tree;
  fixes: readonly FixSummary[];
  /** Every position of the tree (enumeratePositions), to find a URL that ends on each fix page. */
  positions: readonly EnumeratedPosition[];
  /** Known bounce codes besides the ones fix pages list (codeSourcesFromCatalogue). */
  codeSources?: readonly CodeSource[];
  /** content/search-synonyms.yaml. */
  synonyms?: readonly { words: readonly string[]; finds: readonly string[] }[];
}

const GROUP_KEY: AnswerKey = 'recipient';
const SUBGROUP_KEY: AnswerKey = 'platform';
const ANY = '*';

/** Labels for the pages that apply to every recipient type or every platform. */
export const ANY_RECIPIENT_LABEL = 'Any recipient type';
export const ANY_PLATFORM_LABEL = 'Any Exchange version';

/**
 * Every fix page, grouped by the recipient types and platforms its `appliesTo` names (in the
 * tree's option order; pages that name none come last), and every known bounce code. Labels come
 * from the tree's options, so nothing here knows the content.
 */
export function buildFixIndex(input: FixIndexInput): FixIndex {
  const { tree, fixes, positions, codeSources } = input;
  const labels = optionLabels(tree);
  const label = (key: AnswerKey, slug: string) => labels.get(`${key}=${slug}`) ?? slug;
  const fixPositions = positions.filter((position) => position.kind === 'fix');

  const groups = new Map<string, FixIndexGroup>();
  for (const fix of fixes) {
    for (const recipient of fix.appliesTo[GROUP_KEY] ?? [ANY]) {
      for (const platform of fix.appliesTo[SUBGROUP_KEY] ?? [ANY]) {
        const position = fixPositions.find(
          (candidate) =>
            candidate.id === fix.id &&
            holds(candidate.answers, GROUP_KEY, recipient) &&
            holds(candidate.answers, SUBGROUP_KEY, platform),
        );
        if (!position) continue;
        // The headings say the recipient type and platform; the rest of the path says the others.
        const otherAnswers = (Object.entries(position.answers) as [AnswerKey, string][]).filter(
          ([key]) => key !== GROUP_KEY && key !== SUBGROUP_KEY,
        );
        const context = otherAnswers.map(([key, slug]) => label(key, slug));
        const groupLabel = recipient === ANY ? ANY_RECIPIENT_LABEL : label(GROUP_KEY, recipient);
        const subgroupLabel = platform === ANY ? ANY_PLATFORM_LABEL : label(SUBGROUP_KEY, platform);
        const entry: FixIndexEntry = {
          fixId: fix.id,
          title: fix.title,
          summary: fix.summary,
          path: position.path,
          codes: fix.codes,
          context,
          searchText: normaliseSearchText(
            [
              fix.title,
              fix.summary,
              groupLabel,
              subgroupLabel,
              ...context,
              ...otherAnswers.map(([, slug]) => slug),
              recipient === ANY ? '' : recipient,
              platform === ANY ? '' : platform,
              ...fix.codes,
            ].join(' '),
          ),
        };
        const group = getOrAdd(groups, recipient, () => ({
          key: recipient,
          label: groupLabel,
          subgroups: [],
        }));
        let subgroup = group.subgroups.find((candidate) => candidate.key === platform);
        if (!subgroup) {
          subgroup = { key: platform, label: subgroupLabel, entries: [] };
          group.subgroups.push(subgroup);
        }
        subgroup.entries.push(entry);
      }
    }
  }

  // Entries in the order a walk through the tree meets them (sender, admin, app …).
  const walkIndex = new Map(fixPositions.map((position, order) => [position.path, order]));
  const walkOrder = (path: string) => walkIndex.get(path) ?? Number.MAX_SAFE_INTEGER;
  const recipientOrder = slugOrder(tree, GROUP_KEY);
  const platformOrder = slugOrder(tree, SUBGROUP_KEY);
  const sortedGroups = [...groups.values()].sort(byOrder(recipientOrder));
  for (const group of sortedGroups) {
    group.subgroups.sort(byOrder(platformOrder));
    for (const subgroup of group.subgroups) {
      subgroup.entries.sort((a, b) => walkOrder(a.path) - walkOrder(b.path));
    }
  }

  const firstPath = new Map<string, string>();
  for (const position of fixPositions) {
    if (!firstPath.has(position.id)) firstPath.set(position.id, position.path);
  }
  const codeList = [...codeSourcesFromFixes(fixes), ...(codeSources ?? [])];
  const codes = buildCodeIndex(codeList, fixes, (fixId) => firstPath.get(fixId));

  return { groups: sortedGroups, codes, synonyms: synonymMap(input.synonyms ?? []) };
}

export interface FilteredFixIndex extends FixIndex {
  /** Distinct fix pages shown. */
  fixCount: number;
  codeCount: number;
}

/**
 * The index narrowed to a search and ranked: every term must match. A code-like term ("5.7.13")
 * matches codes that start with it (or ranges that hold it); other terms match words in the
 * titles, summaries, labels, slugs and the codes' meanings; a synonym (search-synonyms.yaml) also
 * matches what its words match. The best matches come first (searchScore): groups, platforms and
 * pages keep the tree's order among equals.
 */
export function filterFixIndex(index: FixIndex, query: string): FilteredFixIndex {
  const search = compileSearch(query, index.synonyms);
  const groups = ranked(
    index.groups.map((group) => {
      const subgroups = ranked(
        group.subgroups.map((subgroup) => {
          const entries = ranked(
            subgroup.entries.map((entry) => ({
              item: entry,
              score: search.score(entry.searchText, entry.codes, group.label),
            })),
          );
          return { item: { ...subgroup, entries: items(entries) }, score: entries[0]?.score };
        }),
      );
      return { item: { ...group, subgroups: items(subgroups) }, score: subgroups[0]?.score };
    }),
  );
  const codes = items(
    ranked(
      index.codes.map((entry) => ({
        item: entry,
        score: search.score(entry.searchText, [entry.code], ''),
      })),
    ),
  );
  const shownGroups = items(groups);
  const fixIds = new Set(
    shownGroups.flatMap((group) =>
      group.subgroups.flatMap((subgroup) => subgroup.entries.map((entry) => entry.fixId)),
    ),
  );
  return { groups: shownGroups, codes, fixCount: fixIds.size, codeCount: codes.length };
}

/** A result with its score; undefined: it does not match. */
interface Scored<T> {
  item: T;
  score: number | undefined;
}

/** The matches, best first; equal scores keep their order (Array.prototype.sort is stable). */
function ranked<T>(scored: Scored<T>[]): { item: T; score: number }[] {
  return scored
    .filter((entry): entry is { item: T; score: number } => entry.score !== undefined)
    .sort((a, b) => b.score - a.score);
}

function items<T>(list: readonly { item: T }[]): T[] {
  return list.map((entry) => entry.item);
}

/** "3 fix pages and 1 bounce code match" — the sentence announced after each search. */
export function resultsSentence({ fixCount, codeCount }: FilteredFixIndex): string {
  const fixPart = `${fixCount} fix ${fixCount === 1 ? 'page' : 'pages'}`;
  const codePart = `${codeCount} bounce ${codeCount === 1 ? 'code' : 'codes'}`;
  const verb = codeCount === 0 && fixCount === 1 ? 'matches' : 'match';
  return codeCount === 0 ? `${fixPart} ${verb}` : `${fixPart} and ${codePart} match`;
}

function optionLabels(tree: Tree): Map<string, string> {
  const labels = new Map<string, string>();
  for (const question of Object.values(tree.questions)) {
    for (const option of question.options) {
      const key = `${question.key}=${option.slug}`;
      if (!labels.has(key)) labels.set(key, option.label);
    }
  }
  return labels;
}

function slugOrder(tree: Tree, key: AnswerKey): string[] {
  return Object.values(tree.questions)
    .filter((question) => question.key === key)
    .flatMap((question) => question.options.map((option) => option.slug));
}

/** Sorts by position in `order`; "any" (and anything unknown) goes last. */
function byOrder(order: readonly string[]) {
  const rank = (key: string) => {
    const index = key === ANY ? -1 : order.indexOf(key);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (a: { key: string }, b: { key: string }) => rank(a.key) - rank(b.key);
}

function holds(answers: Answers, key: AnswerKey, slug: string): boolean {
  return slug === ANY || answers[key] === slug;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
