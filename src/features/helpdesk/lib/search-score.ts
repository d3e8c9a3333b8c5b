import { codeMatchesPrefix, isCodePrefix, isStatusCode } from '../../../lib/status-code';
import { normaliseSearchText, searchTerms } from './search-text';

/** Each synonym word → the words it also finds. */
export function synonymMap(
  synonyms: readonly { words: readonly string[]; finds: readonly string[] }[],
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const { words, finds } of synonyms) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), ...finds]);
  }
  return map;
}

/** Points for one term: a whole code beats the start of one, a whole word beats part of one. */
const EXACT_CODE = 8;
const CODE_PREFIX = 4;
const WHOLE_WORD = 3;
const PART_OF_WORD = 1;
/** A search that names the group's recipient type ("distribution group") puts it first. */
const NAMES_THE_GROUP = 20;

export interface CompiledSearch {
  /** How well a result matches (higher is better), or undefined when a term does not match. */
  score(searchText: string, codes: readonly string[], groupLabel: string): number | undefined;
}

/**
 * The search as typed, ready to score results. Every term must match: itself, or one of the words
 * its synonyms find (a synonym that is a whole code matches that code only: "AuthRequired" finds
 * 5.7.1, not every 5.7.1xx). Codes are read with the one grammar (lib/status-code.ts).
 */
export function compileSearch(
  query: string,
  synonyms: ReadonlyMap<string, readonly string[]> = new Map(),
): CompiledSearch {
  const terms = searchTerms(query).map((term) => ({
    term,
    also: synonyms.get(term) ?? [],
  }));
  const phrase = normaliseSearchText(query);
  return {
    score(searchText, codes, groupLabel) {
      let total = 0;
      for (const { term, also } of terms) {
        const points = Math.max(
          termScore(term, searchText, codes, false),
          ...also.map((word) => termScore(word, searchText, codes, true)),
        );
        if (points === 0) return undefined;
        total += points;
      }
      const label = normaliseSearchText(groupLabel);
      // The longer label wins: "dynamic distribution group" over "distribution group".
      if (label && phrase.includes(label)) total += NAMES_THE_GROUP + label.length;
      return total;
    },
  };
}

function termScore(
  term: string,
  searchText: string,
  codes: readonly string[],
  wholeCodeOnly: boolean,
): number {
  if (wholeCodeOnly && isStatusCode(term)) return codes.includes(term) ? EXACT_CODE : 0;
  if (isCodePrefix(term)) {
    if (codes.includes(term)) return EXACT_CODE;
    return codes.some((code) => codeMatchesPrefix(code, term)) ? CODE_PREFIX : 0;
  }
  const at = searchText.indexOf(term);
  if (at < 0) return 0;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(term)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(
    searchText,
  )
    ? WHOLE_WORD
    : PART_OF_WORD;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
