import type { CodeCatalogue } from '../../../content/codes-schema';
import type { FixSummary } from '../../../content/model';
import { compareCodes } from '../../../lib/status-code';
import { normaliseSearchText } from './search-text';

/** A known bounce code, from a fix page's front matter or from the bounce-code catalogue. */
export interface CodeSource {
  /** An exact code ("5.7.133") or a range of them ("5.7.606-649"). */
  code: string;
  /** What the code means, when the catalogue says so. */
  meaning?: CodeMeaning;
  /** Fix pages that fix it. */
  fixIds: readonly string[];
  /** More text that finds the code, not shown (the diagnostic strings a bounce carries). */
  searchWords?: readonly string[];
}

export interface CodeMeaning {
  text: string;
  /** Another problem than the one this wizard fixes (a full mailbox, a blocklist …). */
  unrelated: boolean;
}

export interface CodeIndexEntry {
  code: string;
  meanings: CodeMeaning[];
  fixes: { fixId: string; title: string; path: string }[];
  searchText: string;
}

/** The codes fix pages list in their front matter, each with the pages that list it. */
export function codeSourcesFromFixes(fixes: readonly FixSummary[]): CodeSource[] {
  return fixes.flatMap((fix) => fix.codes.map((code) => ({ code, fixIds: [fix.id] })));
}

/**
 * The codes the bounce-code catalogue knows, each with what it means. Catch-all families
 * ("5.7.x") are left out: they are the analyzer's fallbacks, not codes anyone looks up.
 */
export function codeSourcesFromCatalogue(catalogue: CodeCatalogue): CodeSource[] {
  return catalogue.entries.flatMap((entry) =>
    entry.codes
      .filter((code) => !code.includes('x'))
      .map((code) => ({
        code,
        meaning: { text: entry.title, unrelated: entry.kind === 'unrelated' },
        fixIds: [],
        // The patterns are mostly literal text with escaped dots: "RESOLVER\.RST\.AuthRequired".
        searchWords: entry.patterns.map((pattern) => pattern.replace(/\\(.)/g, '$1')),
      })),
  );
}

/**
 * One entry per code, in numeric order, with everything the sources say about it: its meanings
 * and the fix pages (each linked by the first wizard URL that ends on it).
 */
export function buildCodeIndex(
  sources: readonly CodeSource[],
  fixes: readonly FixSummary[],
  fixPath: (fixId: string) => string | undefined,
): CodeIndexEntry[] {
  const byCode = new Map<
    string,
    { meanings: CodeMeaning[]; fixIds: Set<string>; searchWords: string[] }
  >();
  for (const source of sources) {
    let merged = byCode.get(source.code);
    if (!merged) {
      merged = { meanings: [], fixIds: new Set(), searchWords: [] };
      byCode.set(source.code, merged);
    }
    const { meaning } = source;
    if (meaning && !merged.meanings.some((known) => known.text === meaning.text)) {
      merged.meanings.push(meaning);
    }
    for (const fixId of source.fixIds) merged.fixIds.add(fixId);
    merged.searchWords.push(...(source.searchWords ?? []));
  }
  const titles = new Map(fixes.map((fix) => [fix.id, fix.title]));
  return [...byCode]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([code, { meanings, fixIds, searchWords }]) => ({
      code,
      meanings,
      fixes: [...fixIds].flatMap((fixId) => {
        const path = fixPath(fixId);
        return path ? [{ fixId, title: titles.get(fixId) ?? fixId, path }] : [];
      }),
      searchText: normaliseSearchText(
        [code, ...meanings.map((meaning) => meaning.text), ...searchWords].join(' '),
      ),
    }));
}
