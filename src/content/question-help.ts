import { lazyOnce } from '../lib/lazy-once';
import type { DocNode } from './model.ts';

/**
 * The "not sure?" help bodies of all questions, as one lazy chunk: they are read far less often
 * than the questions themselves, so they stay out of the entry. A failed load can be retried.
 */
const questionHelp = lazyOnce<Record<string, DocNode[]>>(() =>
  import('virtual:content/question-help').then((module) => module.default),
);

export const loadQuestionHelp = questionHelp.load;

/** The help bodies if they have loaded, without waiting. */
export const peekQuestionHelp = questionHelp.peek;
