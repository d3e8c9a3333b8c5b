/**
 * How a diagnosis's answers read to a person: a settled answer's label from the tree, the
 * candidates still possible ("User mailbox or Shared mailbox"), or what the servers' names
 * suggest (the analyzer words it from content). Shared by the single result and the bulk table,
 * so both say the same.
 */
import type { CodeEntry } from '../../../content/codes-schema';
import type { Tree } from '../../../content/model';
import { answerLabel } from '../../../content/path-for-answers';
import type { BounceAnalysis } from './analyze-bounce';
import type { Resolution } from './continue-plan';

/** A settled answer's label, or the candidates' labels ("User mailbox or Shared mailbox"). */
export function answerText(
  tree: Tree,
  key: 'recipient' | 'platform',
  settled: string | undefined,
  candidates: readonly string[] | undefined,
): string | undefined {
  if (settled) return answerLabel(tree, key, settled);
  return candidates?.map((slug) => answerLabel(tree, key, slug)).join(' or ');
}

/** The platform as far as the bounce shows it: the answer, the candidates, else the guess. */
export function platformText(
  tree: Tree,
  analysis: BounceAnalysis,
  resolution: Resolution,
): string | undefined {
  return (
    answerText(tree, 'platform', resolution.answers.platform, analysis.platformCandidates) ??
    analysis.platformGuessLabel
  );
}

const MICROSOFT_PAGE = /^https:\/\/(?:learn|support)\.microsoft\.com\//;

/** The entry's Microsoft article, where the result links out instead of into the tree. */
export function microsoftArticle(entry: CodeEntry): string | undefined {
  return entry.sources.find((url) => MICROSOFT_PAGE.test(url));
}
