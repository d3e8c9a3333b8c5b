import type { AnswerKey, Tree } from '../../../content/model';
import { answerShortLabel } from '../../../content/tree-logic';

/** One filter chip: an answer of the tree ("distribution-group", labelled as the tree says). */
export interface FilterChip {
  slug: string;
  label: string;
}

/** A group of chips: the options of the tree question whose `fixesFilter` names the group. */
export interface FilterGroup {
  /** The answer key the chips set; also the chip's name in the address (?platform=…). */
  key: AnswerKey;
  label: string;
  chips: FilterChip[];
}

/** The pressed chips: at most one per group (answer key → slug). */
export type FixFilters = Partial<Record<AnswerKey, string>>;

/**
 * What an index entry is for, per filter key: the slugs it applies to, or undefined when it
 * applies to every one (a page listed under "Any recipient type" or "Any Exchange version").
 * An empty list: the entry is for none of them (a page done in no admin tool).
 */
export type EntryFacets = Partial<Record<AnswerKey, readonly string[]>>;

/** The address parameter that holds the search words; the filters use their answer keys. */
export const QUERY_PARAM = 'q';

/**
 * The filter groups, in the tree's question order: every question with a `fixesFilter` name
 * (content/tree.yaml), its options as chips. Nothing here knows a slug.
 */
export function filterGroups(tree: Tree): FilterGroup[] {
  const groups: FilterGroup[] = [];
  for (const question of Object.values(tree.questions)) {
    if (question.fixesFilter === undefined) continue;
    if (groups.some((group) => group.key === question.key)) continue;
    groups.push({
      key: question.key,
      label: question.fixesFilter,
      chips: question.options.map((option) => ({
        slug: option.slug,
        label: answerShortLabel(option),
      })),
    });
  }
  return groups;
}

/**
 * The pressed chips an address names. Only the groups' own keys and slugs count: an unknown
 * parameter or value is ignored (no chip pressed for it); of a key given twice, the first known
 * value wins.
 */
export function readFilters(params: URLSearchParams, groups: readonly FilterGroup[]): FixFilters {
  const filters: FixFilters = {};
  for (const group of groups) {
    const slug = params
      .getAll(group.key)
      .find((value) => group.chips.some((chip) => chip.slug === value));
    if (slug !== undefined) filters[group.key] = slug;
  }
  return filters;
}

/** The address's query for a search and pressed chips: "?q=…&recipient=…", or "" for none. */
export function indexSearch(
  query: string,
  filters: FixFilters,
  groups: readonly FilterGroup[],
): string {
  const params = new URLSearchParams();
  if (query) params.set(QUERY_PARAM, query);
  for (const group of groups) {
    const slug = filters[group.key];
    if (slug !== undefined) params.set(group.key, slug);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pressing a chip: it replaces the group's pressed chip, or unpresses itself. */
export function toggleFilter(filters: FixFilters, key: AnswerKey, slug: string): FixFilters {
  const next = { ...filters };
  if (next[key] === slug) delete next[key];
  else next[key] = slug;
  return next;
}

export function hasFilters(filters: FixFilters): boolean {
  return Object.values(filters).some((slug) => slug !== undefined);
}

/** Every pressed chip holds for the entry (AND across groups): it is for that slug, or for any. */
export function matchesFilters(facets: EntryFacets, filters: FixFilters): boolean {
  return (Object.entries(filters) as [AnswerKey, string | undefined][]).every(
    ([key, slug]) => slug === undefined || facets[key] === undefined || facets[key].includes(slug),
  );
}
