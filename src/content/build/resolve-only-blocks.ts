/**
 * Build-time resolution of `:::only` blocks: each fix page ships, beside its body, the body as
 * every position that reaches it shows it, so the browser only picks one (fixBodyForAnswers).
 */
import type { AnswerCondition, Answers, DocNode, FixBody } from '../model.ts';
import { variantKey } from '../only-blocks.ts';
import { matchesCondition } from '../tree-logic.ts';

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

function resolveBody(body: FixBody, answers: Answers): FixBody {
  return {
    id: body.id,
    summary: body.summary,
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
}

/** The distinct conditions of the `only` blocks in `nodes`, in document order. */
function conditionsIn(nodes: readonly DocNode[], found: Map<string, AnswerCondition>) {
  for (const node of nodes) {
    if (node.type === 'only') found.set(JSON.stringify(node.when), node.when);
    if (node.type !== 'text' && node.type !== 'command') conditionsIn(node.children, found);
  }
  return found;
}

/**
 * The body with its variants for these positions' answers; a body without `only` blocks is
 * returned as it is.
 */
export function withVariants(body: FixBody, positions: readonly Answers[]): FixBody {
  const all = [...body.intro, ...body.sections.flatMap((section) => section.blocks)];
  const conditions = [...conditionsIn(all, new Map()).values()];
  if (conditions.length === 0) return body;
  const variants: Record<string, FixBody> = {};
  for (const answers of positions) {
    variants[variantKey(conditions, answers)] ??= resolveBody(body, answers);
  }
  return { ...body, conditions, variants };
}
