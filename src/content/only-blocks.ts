import type { AnswerCondition, Answers, FixBody } from './model.ts';
import { matchesCondition } from './tree-logic.ts';

/** Which of `conditions` the answers meet, as a key of FixBody.variants ("101"). */
export function variantKey(conditions: readonly AnswerCondition[], answers: Answers): string {
  return conditions.map((condition) => +matchesCondition(condition, answers)).join('');
}

/**
 * A fix body as the page at these answers shows it: the build's variant for them, with no `only`
 * node left, so whatever reads it (the steps, the command builder, print) sees only this
 * platform's blocks. The same body and answers give the same object.
 */
export function fixBodyForAnswers(body: FixBody, answers: Answers): FixBody {
  return body.variants?.[variantKey(body.conditions ?? [], answers)] ?? body;
}
