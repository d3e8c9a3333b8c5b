import type { Answers } from './model.ts';
import { pathFromSegments, type TreeContent } from './resolve-position.ts';
import { fixesFor, unavailableRule, visibleOptions } from './tree-logic.ts';

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
  const walk = (questionId: string, answers: Answers, segments: string[], stack: string[]) => {
    const question = tree.questions[questionId];
    if (!question || stack.includes(questionId)) return;
    positions.push({ kind: 'question', path: pathFromSegments(segments), id: questionId, answers });
    for (const option of visibleOptions(question, answers)) {
      const nextSegments = [...segments, option.slug];
      if (unavailableRule(option, answers)) {
        positions.push({
          kind: 'unavailable',
          path: pathFromSegments(nextSegments),
          id: option.slug,
          answers,
        });
        continue;
      }
      const nextAnswers = { ...answers, [question.key]: option.slug };
      if (option.next) {
        walk(option.next, nextAnswers, nextSegments, [...stack, questionId]);
        continue;
      }
      const [fix] = fixesFor(fixes, nextAnswers);
      if (fix)
        positions.push({
          kind: 'fix',
          path: pathFromSegments(nextSegments),
          id: fix.id,
          answers: nextAnswers,
        });
    }
  };
  walk(tree.start, {}, [], []);
  return positions;
}
