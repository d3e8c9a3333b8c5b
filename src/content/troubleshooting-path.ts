import type { Answers, Tree } from './model.ts';
import { answersOnPath, pathForAnswers } from './path-for-answers.ts';

/**
 * Where a fix page hands over to a troubleshooting path (the start question's answer `role`): the
 * deepest step of that path its answers settle. Only the answers that path asks for too are
 * carried over (the Exchange platform and the recipient type, for instance); the walk stops at
 * the first question they don't answer. Undefined when the tree has no such path.
 */
export function troubleshootingPathFor(
  tree: Tree,
  answers: Answers,
  role: string,
): string | undefined {
  const start = tree.questions[tree.start];
  if (!start) return undefined;
  const walk = pathForAnswers(tree, answersOnPath(tree, { ...answers, [start.key]: role }));
  return walk.steps.length > 0 ? walk.path : undefined;
}
