/**
 * Chooses the catalogue entry that best explains a scanned bounce. The catalogue decides; this
 * module only scores: a matching diagnostic pattern outweighs a matching code (one status code
 * can mean several things), an exact code outweighs a range, a range a wildcard, and a longer
 * pattern match a shorter one. An exact tie keeps catalogue order.
 */
import type { CodeCatalogue, CodeEntry } from '../../../content/codes-schema';
import { codeSpecMatches, parseCodeSpec, type CodeSpec } from '../../../lib/status-code';
import type { CodeHit, Hit, ScanResult, ValueHit } from './scan-types';

interface WeightedSpec extends CodeSpec {
  weight: number;
}

interface CompiledEntry {
  entry: CodeEntry;
  specs: WeightedSpec[];
  patterns: RegExp[];
}

/** How much a code of each kind of family counts. */
const CODE_WEIGHT: Record<CodeSpec['kind'], number> = {
  exact: 2,
  range: 1.5,
  'subject-wildcard': 1,
  'class-wildcard': 0.5,
};
const PATTERN = 3;
/** Longest pattern match that still adds to the score (as a tie-breaker). */
const MAX_MATCH_BONUS_CHARS = 200;
/** Pattern matches kept per pattern as evidence. */
const MAX_MATCHES_PER_PATTERN = 3;

const compiledCache = new WeakMap<CodeCatalogue, CompiledEntry[]>();

/** The entry's families of codes (the schema has refused any that do not parse). */
function weightedSpecs(codes: readonly string[]): WeightedSpec[] {
  return codes.flatMap((code) => {
    const parsed = parseCodeSpec(code);
    return 'spec' in parsed ? [{ ...parsed.spec, weight: CODE_WEIGHT[parsed.spec.kind] }] : [];
  });
}

function compile(catalogue: CodeCatalogue): CompiledEntry[] {
  let compiled = compiledCache.get(catalogue);
  if (!compiled) {
    compiled = catalogue.entries.map((entry) => ({
      entry,
      specs: weightedSpecs(entry.codes),
      patterns: entry.patterns.map((source) => new RegExp(source, 'i')),
    }));
    compiledCache.set(catalogue, compiled);
  }
  return compiled;
}

export interface EntryMatch {
  entry: CodeEntry;
  score: number;
  /** The found code that matched this entry best, if a code matched. */
  code?: CodeHit;
  /** SMTP reply that stood in for a code (class wildcards only, when no code was found). */
  reply?: ValueHit;
  /** Where the entry's patterns matched. */
  patternHits: Hit[];
}

/** Every entry that matches, best first. */
export function matchCatalogue(scan: ScanResult, catalogue: CodeCatalogue): EntryMatch[] {
  const matches: Array<EntryMatch & { order: number }> = [];
  const focus = scan.focusLines;

  compile(catalogue).forEach(({ entry, specs, patterns }, order) => {
    let codeScore = 0;
    let bestCode: CodeHit | undefined;
    let reply: ValueHit | undefined;
    for (const spec of specs) {
      if (spec.weight <= codeScore) continue;
      const hit = scan.codes.find((code) => codeSpecMatches(spec, code));
      if (hit) {
        codeScore = spec.weight;
        bestCode = hit;
      } else if (spec.subject === undefined && scan.codes.length === 0) {
        // Only a bare SMTP reply (550 …): it still tells the class.
        const found = scan.replies.find((candidate) =>
          candidate.value.startsWith(String(spec.cls)),
        );
        if (found) {
          codeScore = spec.weight;
          reply = found;
        }
      }
    }

    const patternHits: Hit[] = [];
    let longest = 0;
    for (const pattern of patterns) {
      let kept = 0;
      for (const index of focus) {
        const match = pattern.exec(scan.lines[index] ?? '');
        if (!match) continue;
        longest = Math.max(longest, match[0].length);
        patternHits.push({ line: index, start: match.index, end: match.index + match[0].length });
        kept += 1;
        if (kept >= MAX_MATCHES_PER_PATTERN) break;
      }
    }

    const codeFound = codeScore > 0;
    const patternFound = patternHits.length > 0;
    const eligible =
      entry.requires === 'code'
        ? codeFound
        : entry.requires === 'pattern'
          ? patternFound
          : entry.requires === 'both'
            ? codeFound && patternFound
            : codeFound || patternFound;
    if (!eligible) return;

    const score =
      codeScore + (patternFound ? PATTERN + Math.min(longest, MAX_MATCH_BONUS_CHARS) / 1000 : 0);
    matches.push({ entry, score, code: bestCode, reply, patternHits, order });
  });

  matches.sort((a, b) => b.score - a.score || a.order - b.order);
  return matches.map(({ order: _order, ...match }) => match);
}
