import type { DocNode } from './model.ts';

type QuestionHelp = Record<string, DocNode[]>;

let loaded: QuestionHelp | undefined;
let loading: Promise<QuestionHelp> | undefined;

/**
 * The "not sure?" help bodies of all questions, as one lazy chunk: they are read far less often
 * than the questions themselves, so they stay out of the entry. A failed load can be retried.
 */
export function loadQuestionHelp(): Promise<QuestionHelp> {
  loading ??= import('virtual:content/question-help').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The help bodies if they have loaded, without waiting. */
export function peekQuestionHelp(): QuestionHelp | undefined {
  return loaded;
}
