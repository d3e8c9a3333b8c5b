import type { EnumeratedPosition } from '../../../content/enumerate-positions';
import type { AnswerKey, Answers, FixSummary, Tree } from '../../../content/model';
import {
  buildCodeIndex,
  codeSourcesFromFixes,
  type CodeIndexEntry,
  type CodeSource,
} from './code-index';
import {
  filterGroups,
  hasFilters,
  matchesFilters,
  type EntryFacets,
  type FilterGroup,
  type FixFilters,
} from './fix-filters';
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
  /** What the entry is for, per filter group (fix-filters.ts): the chips that keep it. */
  facets: EntryFacets;
  /**
   * For a page with several answers of a filter key (the new and the classic EAC): the URL and
   * context to show while one of them is pressed, keyed "surface=classic-eac".
   */
  variants?: Record<string, { path: string; context: string[] }>;
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
  /** The filter chips, from the tree's `fixesFilter` questions. */
  filters: FilterGroup[];
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
  const filters = filterGroups(tree);

  const groups = new Map<string, FixIndexGroup>();
  for (const fix of fixes) {
    for (const recipient of fix.appliesTo[GROUP_KEY] ?? [ANY]) {
      for (const platform of fix.appliesTo[SUBGROUP_KEY] ?? [ANY]) {
        const place = { fix, recipient, platform, fixPositions, label, filters };
        const entry = indexEntry(place);
        if (!entry) continue;
        const group = getOrAdd(groups, recipient, () => ({
          key: recipient,
          label: headingLabel(place, GROUP_KEY),
          subgroups: [],
        }));
        let subgroup = group.subgroups.find((candidate) => candidate.key === platform);
        if (!subgroup) {
          subgroup = { key: platform, label: headingLabel(place, SUBGROUP_KEY), entries: [] };
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

  return { groups: sortedGroups, codes, synonyms: synonymMap(input.synonyms ?? []), filters };
}

/** One fix page under one recipient type (or any) and one platform (or any). */
interface EntryPlace {
  fix: FixSummary;
  recipient: string;
  platform: string;
  fixPositions: readonly EnumeratedPosition[];
  label: (key: AnswerKey, slug: string) => string;
  filters: readonly FilterGroup[];
}

function headingLabel({ recipient, platform, label }: EntryPlace, key: AnswerKey): string {
  if (key === GROUP_KEY) return recipient === ANY ? ANY_RECIPIENT_LABEL : label(key, recipient);
  return platform === ANY ? ANY_PLATFORM_LABEL : label(key, platform);
}

/** The entry for a place, linked to the first wizard URL that ends on it; none if no URL does. */
function indexEntry(place: EntryPlace): FixIndexEntry | undefined {
  const { fix, recipient, platform } = place;
  const findPosition = (key?: AnswerKey, slug?: string) =>
    place.fixPositions.find(
      (candidate) =>
        candidate.id === fix.id &&
        holds(candidate.answers, GROUP_KEY, recipient) &&
        holds(candidate.answers, SUBGROUP_KEY, platform) &&
        (key === undefined || candidate.answers[key] === slug),
    );
  const position = findPosition();
  if (!position) return undefined;
  // The headings say the recipient type and platform; the rest of the path says the others.
  const otherAnswers = (Object.entries(position.answers) as [AnswerKey, string][]).filter(
    ([key]) => key !== GROUP_KEY && key !== SUBGROUP_KEY,
  );
  const context = otherAnswers.map(([key, slug]) => place.label(key, slug));
  const facets = entryFacets(place);
  const variants: Record<string, { path: string; context: string[] }> = {};
  for (const [key, slugs] of Object.entries(facets) as [AnswerKey, readonly string[]][]) {
    if (key === GROUP_KEY || key === SUBGROUP_KEY || slugs.length < 2) continue;
    for (const slug of slugs) {
      const variant = findPosition(key, slug);
      if (!variant) continue;
      variants[`${key}=${slug}`] = {
        path: variant.path,
        context: otherAnswers.map(([other, answer]) =>
          place.label(other, other === key ? slug : answer),
        ),
      };
    }
  }
  const searchWords = [
    fix.title,
    fix.summary,
    headingLabel(place, GROUP_KEY),
    headingLabel(place, SUBGROUP_KEY),
    ...context,
    ...otherAnswers.map(([, slug]) => slug),
    recipient === ANY ? '' : recipient,
    platform === ANY ? '' : platform,
    ...fix.codes,
  ];
  return {
    fixId: fix.id,
    title: fix.title,
    summary: fix.summary,
    path: position.path,
    codes: fix.codes,
    context,
    searchText: normaliseSearchText(searchWords.join(' ')),
    facets,
    ...(Object.keys(variants).length > 0 ? { variants } : {}),
  };
}

/**
 * What an entry is for, per filter group. The recipient type and platform are the headings': a
 * page listed under "Any recipient type" or "Any Exchange version" applies to every one, so it
 * stays under each of those chips. Any other key (the admin tool) is what the page names of the
 * group's chips: a page done in no admin tool (a sender's, an app's, a still-bouncing check)
 * names none, so a tool chip hides it.
 */
function entryFacets({ fix, recipient, platform, filters }: EntryPlace): EntryFacets {
  const facets: EntryFacets = {};
  for (const group of filters) {
    if (group.key === GROUP_KEY) {
      if (recipient !== ANY) facets[group.key] = [recipient];
    } else if (group.key === SUBGROUP_KEY) {
      if (platform !== ANY) facets[group.key] = [platform];
    } else {
      const named = fix.appliesTo[group.key] ?? [];
      facets[group.key] = named.filter((slug) => group.chips.some((chip) => chip.slug === slug));
    }
  }
  return facets;
}

export interface FilteredFixIndex extends FixIndex {
  /** Distinct fix pages shown. */
  fixCount: number;
  /** Entries shown: a page for several recipient types or platforms has one under each. */
  rowCount: number;
  codeCount: number;
}

/**
 * The index narrowed to the pressed chips (narrowByFilters) and a search, and ranked: every term
 * must match. A code-like term ("5.7.13")
 * matches codes that start with it (or ranges that hold it); other terms match words in the
 * titles, summaries, labels, slugs and the codes' meanings; a synonym (search-synonyms.yaml) also
 * matches what its words match. The best matches come first (searchScore): groups, platforms and
 * pages keep the tree's order among equals.
 */
export function filterFixIndex(
  fullIndex: FixIndex,
  query: string,
  filters: FixFilters = {},
): FilteredFixIndex {
  const index = narrowByFilters(fullIndex, filters);
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
  const shownIds = shownGroups.flatMap((group) =>
    group.subgroups.flatMap((subgroup) => subgroup.entries.map((entry) => entry.fixId)),
  );
  return {
    groups: shownGroups,
    codes,
    filters: index.filters,
    fixCount: new Set(shownIds).size,
    rowCount: shownIds.length,
    codeCount: codes.length,
  };
}

/**
 * The index under the pressed chips (AND across groups): the entries that match them
 * (matchesFilters), each showing the URL of the pressed answer when it has several; and the
 * codes that a remaining page fixes, their "Fixed by" narrowed to those pages and linked as they
 * are listed. A code no page fixes (another problem) is for no recipient, platform or tool, so
 * the first chip hides it, as it hides a page that is not for the pressed value.
 */
function narrowByFilters(index: FixIndex, filters: FixFilters): FixIndex {
  if (!hasFilters(filters)) return index;
  const shownPath = new Map<string, string>();
  const groups = index.groups
    .map((group) => ({
      ...group,
      subgroups: group.subgroups
        .map((subgroup) => ({
          ...subgroup,
          entries: subgroup.entries
            .filter((entry) => matchesFilters(entry.facets, filters))
            .map((entry) => {
              const shown = withPressedVariant(entry, filters);
              if (!shownPath.has(shown.fixId)) shownPath.set(shown.fixId, shown.path);
              return shown;
            }),
        }))
        .filter((subgroup) => subgroup.entries.length > 0),
    }))
    .filter((group) => group.subgroups.length > 0);
  const codes = index.codes.flatMap((entry) => {
    const fixes = entry.fixes.flatMap((fix) => {
      const path = shownPath.get(fix.fixId);
      return path === undefined ? [] : [{ ...fix, path }];
    });
    return fixes.length > 0 ? [{ ...entry, fixes }] : [];
  });
  return { ...index, groups, codes };
}

function withPressedVariant(entry: FixIndexEntry, filters: FixFilters): FixIndexEntry {
  for (const [key, slug] of Object.entries(filters)) {
    const variant = entry.variants?.[`${key}=${slug}`];
    if (variant) return { ...entry, ...variant };
  }
  return entry;
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

/**
 * When the list shows a page more than once (under each recipient type or version it is for),
 * the number of entries, so the count above still matches what is shown; otherwise nothing.
 */
export function rowsNote({ fixCount, rowCount }: FilteredFixIndex): string | undefined {
  if (rowCount === fixCount) return undefined;
  return `Listed as ${rowCount} entries: a page for several recipient types or Exchange versions appears under each.`;
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
