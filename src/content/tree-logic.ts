import type {
  AnswerCondition,
  AnswerKey,
  Answers,
  FixRoute,
  TreeOption,
  TreeQuestion,
  UnavailableRule,
} from './model.ts';

/** True when every key named in the condition holds one of its slugs in the answers. */
export function matchesCondition(condition: AnswerCondition, answers: Answers): boolean {
  return (Object.entries(condition) as [AnswerKey, string[] | undefined][]).every(
    ([key, slugs]) =>
      slugs === undefined || (answers[key] !== undefined && slugs.includes(answers[key])),
  );
}

/** The options of a question that exist after these answers (`when` filters, `unavailable` does not). */
export function visibleOptions(question: TreeQuestion, answers: Answers): TreeOption[] {
  return question.options.filter(
    (option) => !option.when || matchesCondition(option.when, answers),
  );
}

/** The rule that makes this option unavailable after these answers, if any. */
export function unavailableRule(option: TreeOption, answers: Answers): UnavailableRule | undefined {
  return option.unavailable?.find((rule) => matchesCondition(rule.when, answers));
}

/** The fix pages whose `appliesTo` matches a complete path's answers. */
export function fixesFor<Fix extends FixRoute>(fixes: readonly Fix[], answers: Answers): Fix[] {
  return fixes.filter((fix) => matchesCondition(fix.appliesTo, answers));
}

/** The answer as the breadcrumb and a fix page's "Applies to" repeat it: its short label, or its label. */
export function answerShortLabel(option: TreeOption): string {
  return option.shortLabel ?? option.label;
}
