import type { Answers, Tree, TreeOption, TreeQuestion, UnavailableRule } from './model.ts';
import { unavailableRule, visibleOptions } from './tree-logic.ts';

/** Where the walk stands: a question reached with the answers and URL segments that lead to it. */
export interface QuestionStep {
  id: string;
  question: TreeQuestion;
  answers: Answers;
  segments: readonly string[];
}

/** One visible option of the question at `step`; `index` is its place in `question.options`. */
export interface OptionStep extends QuestionStep {
  option: TreeOption;
  index: number;
}

/**
 * What a walk over every path of the tree reports. Every callback is optional; `question` may
 * return false to leave that question's options unwalked.
 */
export interface TreeVisitor {
  question?(step: QuestionStep): boolean | void;
  /** An option shown but refused after these answers. */
  unavailable?(step: OptionStep & { rule: UnavailableRule; ruleIndex: number }): void;
  /** An option that ends the path; `pathAnswers` include its own answer. */
  end?(step: OptionStep & { pathAnswers: Answers; pathSegments: readonly string[] }): void;
  /** An option that leads back to a question already on the path (`cycle` lists the ids). */
  cycle?(step: OptionStep & { cycle: readonly string[] }): void;
}

/**
 * Walks every path of the tree from the start question, in order: the one tree walker behind the
 * content checks (check-tree-graph.ts) and the list of every URL (enumerate-positions.ts). An
 * option leading to a question that does not exist is skipped (the local checks report it).
 */
export function walkTree(tree: Tree, visitor: TreeVisitor): void {
  const visit = (id: string, answers: Answers, segments: string[], stack: string[]): void => {
    const question = tree.questions[id];
    if (!question) return;
    const step: QuestionStep = { id, question, answers, segments };
    if (visitor.question?.(step) === false) return;
    const visible = new Set(visibleOptions(question, answers));
    for (const [index, option] of question.options.entries()) {
      if (!visible.has(option)) continue;
      const optionStep: OptionStep = { ...step, option, index };
      const rule = unavailableRule(option, answers);
      if (rule) {
        visitor.unavailable?.({
          ...optionStep,
          rule,
          ruleIndex: option.unavailable?.indexOf(rule) ?? 0,
        });
        continue;
      }
      const pathAnswers = { ...answers, [question.key]: option.slug };
      const pathSegments = [...segments, option.slug];
      if (!option.next) {
        visitor.end?.({ ...optionStep, pathAnswers, pathSegments });
      } else if (stack.includes(option.next)) {
        visitor.cycle?.({
          ...optionStep,
          cycle: [...stack.slice(stack.indexOf(option.next)), option.next],
        });
      } else {
        visit(option.next, pathAnswers, pathSegments, [...stack, option.next]);
      }
    }
  };
  visit(tree.start, {}, [], [tree.start]);
}
