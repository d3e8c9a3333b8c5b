import type { Answers } from './model.ts';
import {
  pathFromSegments,
  resolvePosition,
  segmentsFromPath,
  type TreeContent,
} from './resolve-position.ts';

/**
 * Changing one earlier answer from the breadcrumb: the position the user came from (`fromPath`),
 * the question being answered again (`questionPath`, a prefix of it) and the answer that is there
 * now. Undefined when `fromPath` does not continue through this question.
 */
export interface AnswerChange {
  /** The slug the path took at this question: the user's current answer. */
  currentSlug: string;
  /** Where each answer of this question leads, keeping the later answers that still fit. */
  pathFor(slug: string): string;
}

export function answerChange(
  content: TreeContent,
  questionPath: string,
  fromPath: string,
): AnswerChange | undefined {
  const currentSlug = answerAfter(questionPath, fromPath);
  if (currentSlug === undefined) return undefined;
  const questionSegments = segmentsFromPath(questionPath);
  const from = resolvePosition(content, segmentsFromPath(fromPath));
  // The answers given after this question, by key (a path never asks a key twice).
  const later: Answers = {};
  for (const step of from.trail.slice(questionSegments.length + 1)) {
    later[step.question.key] = step.option.slug;
  }
  return {
    currentSlug,
    pathFor: (slug) => pathKeepingAnswers(content, [...questionSegments, slug], later),
  };
}

/**
 * Walks on from `segments`, answering each next question with the answer `later` holds for its
 * key while that answer exists there: a fix page when all of them fit, otherwise the deepest
 * question reached (the first one whose earlier answer is not valid on this path).
 */
export function pathKeepingAnswers(
  content: TreeContent,
  segments: readonly string[],
  later: Answers,
): string {
  let walked = [...segments];
  for (;;) {
    const position = resolvePosition(content, walked);
    if (position.kind !== 'question') return pathFromSegments(walked);
    const slug = later[position.question.key];
    if (slug === undefined) return position.path;
    const next = [...walked, slug];
    const kind = resolvePosition(content, next).kind;
    if (kind !== 'question' && kind !== 'fix') return position.path;
    walked = next;
  }
}

/**
 * The answer a path gives at the question `questionPath` (its next segment), or undefined when
 * the path does not continue through that question.
 */
function answerAfter(questionPath: string, path: string): string | undefined {
  const prefix = questionPath.split('/').filter(Boolean);
  const segments = path.split('/').filter(Boolean);
  const same = prefix.every((segment, index) => segments[index] === segment);
  return same ? segments[prefix.length] : undefined;
}
