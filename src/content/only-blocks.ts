import type { Answers, DocNode, FixBody } from './model.ts';
import { matchesCondition } from './tree-logic.ts';

/**
 * `nodes` as a position with these answers shows them: each `:::only` block whose condition the
 * answers meet is replaced by its content, every other one is dropped.
 */
export function nodesForAnswers(nodes: readonly DocNode[], answers: Answers): DocNode[] {
  return nodes.flatMap((node): DocNode[] => {
    if (node.type === 'only') {
      return matchesCondition(node.when, answers) ? nodesForAnswers(node.children, answers) : [];
    }
    if (node.type === 'element') {
      return [{ ...node, children: nodesForAnswers(node.children, answers) }];
    }
    return [node];
  });
}

const resolved = new WeakMap<FixBody, Map<string, FixBody>>();

/**
 * A fix body as the page at these answers shows it, with no `only` node left, so whatever reads
 * it (the steps, the command builder, print) sees only this platform's blocks. The same body and
 * answers give the same object, so it can be used during render.
 */
export function fixBodyForAnswers(body: FixBody, answers: Answers): FixBody {
  const key = JSON.stringify(Object.entries(answers).sort());
  const forBody = resolved.get(body) ?? new Map<string, FixBody>();
  resolved.set(body, forBody);
  const cached = forBody.get(key);
  if (cached) return cached;
  const result: FixBody = {
    ...body,
    intro: nodesForAnswers(body.intro, answers),
    sections: body.sections.map((section) => ({
      ...section,
      blocks: nodesForAnswers(section.blocks, answers),
      ...(section.steps && {
        steps: section.steps.map((step) => ({
          ...step,
          blocks: nodesForAnswers(step.blocks, answers),
        })),
      }),
    })),
  };
  forBody.set(key, result);
  return result;
}
