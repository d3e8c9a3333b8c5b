import type { Answers } from './model.ts';
import { pathFromSegments, type TreeContent } from './resolve-position.ts';
import { fixesFor } from './tree-logic.ts';
import { walkTree } from './walk-tree.ts';

export interface EnumeratedPosition {
  kind: 'question' | 'fix' | 'unavailable';
  path: string;
  /** The question id, fix id, or the refused option's slug. */
  id: string;
  /** The answers given on the way (for an unavailable combination: before the refused option). */
  answers: Answers;
}

/**
 * Every URL of the tree: each question, each fix page and each unavailable combination, in
 * walking order. Used by the end-to-end suite and by anything that must visit every step.
 */
export function enumeratePositions({ tree, fixes }: TreeContent): EnumeratedPosition[] {
  const positions: EnumeratedPosition[] = [];
  walkTree(tree, {
    question: ({ id, answers, segments }) => {
      positions.push({ kind: 'question', path: pathFromSegments(segments), id, answers });
    },
    unavailable: ({ option, answers, segments }) => {
      const path = pathFromSegments([...segments, option.slug]);
      positions.push({ kind: 'unavailable', path, id: option.slug, answers });
    },
    end: ({ pathAnswers, pathSegments }) => {
      const [fix] = fixesFor(fixes, pathAnswers);
      if (!fix) return;
      const path = pathFromSegments(pathSegments);
      positions.push({ kind: 'fix', path, id: fix.id, answers: pathAnswers });
    },
  });
  return positions;
}
