import type { AnswerKey, Answers, FixRoute, Redirect, Tree, TreeQuestion } from '../model.ts';
import { resolvePosition, segmentsFromPath, pathFromSegments } from '../resolve-position.ts';
import { fixesFor, unavailableRule, visibleOptions } from '../tree-logic.ts';
import type { ContentProblem } from './content-problem.ts';

const TREE_FILE = 'content/tree.yaml';
const REDIRECTS_FILE = 'content/redirects.yaml';
/** First URL segments the app uses for its own screens. */
export const RESERVED_ROOT_SEGMENTS = ['analyze', 'fixes'];

export interface GraphInput {
  tree: Tree;
  fixes: readonly FixRoute[];
  /** Where each fix came from, for messages: fix id → file. */
  fixFiles: Readonly<Record<string, string>>;
  redirects: readonly Redirect[];
}

/**
 * Checks the tree as a whole: every option leads to a question that exists, every question is
 * reachable, there are no cycles, every path ends on exactly one fix page, every fix page is used,
 * and every alternative and redirect lands on a real step. Reports every problem, not the first.
 */
// eslint-disable-next-line max-lines-per-function -- to be split into named stages (issue 14)
export function checkTreeGraph(input: GraphInput): ContentProblem[] {
  const { tree, fixes, fixFiles, redirects } = input;
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string, file = TREE_FILE) =>
    problems.push({ file, field, message });

  if (!tree.questions[tree.start]) {
    problem('start', `question "${tree.start}" does not exist`);
    return problems;
  }

  checkOptionsLocally(tree, problem);

  const reached = new Set<string>();
  const usedFixes = new Set<string>();
  const reportedCycles = new Set<string>();
  const alternatives: { field: string; path: string }[] = [];

  const walk = (
    questionId: string,
    answers: Answers,
    segments: string[],
    stack: string[],
  ): void => {
    const question = tree.questions[questionId];
    if (!question) return;
    reached.add(questionId);
    if (answers[question.key] !== undefined) {
      problem(
        `questions.${questionId}.key`,
        `asks "${question.key}" again on the path ${pathFromSegments(segments)}`,
      );
      return;
    }
    for (const [index, option] of question.options.entries()) {
      if (!visibleOptions(question, answers).includes(option)) continue;
      const field = `questions.${questionId}.options[${index}]`;
      const rule = unavailableRule(option, answers);
      if (rule) {
        const ruleIndex = option.unavailable?.indexOf(rule) ?? 0;
        alternatives.push({
          field: `${field}.unavailable[${ruleIndex}].alternative.path`,
          path: rule.alternative.path,
        });
        continue;
      }
      const nextAnswers = { ...answers, [question.key]: option.slug };
      const nextSegments = [...segments, option.slug];
      if (option.next) {
        if (!tree.questions[option.next]) continue; // reported by checkOptionsLocally
        if (stack.includes(option.next)) {
          const cycle = [...stack.slice(stack.indexOf(option.next)), option.next].join(' → ');
          if (!reportedCycles.has(cycle))
            problem(`${field}.next`, `leads back to an earlier question (cycle: ${cycle})`);
          reportedCycles.add(cycle);
          continue;
        }
        walk(option.next, nextAnswers, nextSegments, [...stack, option.next]);
        continue;
      }
      const matches = fixesFor(fixes, nextAnswers);
      const path = pathFromSegments(nextSegments);
      if (matches.length === 0) {
        problem(
          field,
          `the path ${path} ends here, but no fix page's appliesTo matches ${describe(nextAnswers)}`,
        );
      } else if (matches.length > 1) {
        problem(
          field,
          `the path ${path} matches several fix pages: ${matches.map((fix) => fixFiles[fix.id] ?? fix.id).join(', ')}`,
        );
      }
      for (const fix of matches) usedFixes.add(fix.id);
    }
  };
  walk(tree.start, {}, [], [tree.start]);

  for (const id of Object.keys(tree.questions)) {
    if (!reached.has(id)) problem(`questions.${id}`, 'is not reachable from the start question');
  }
  for (const fix of fixes) {
    if (!usedFixes.has(fix.id)) {
      problems.push({
        file: fixFiles[fix.id] ?? fix.id,
        field: 'appliesTo',
        message: `no path through the tree ends on this page (appliesTo ${describe(flatten(fix.appliesTo))})`,
      });
    }
  }

  const content = { tree, fixes };
  const landsSomewhere = (path: string) =>
    resolvePosition(content, segmentsFromPath(path)).kind !== 'not-found';
  for (const { field, path } of alternatives) {
    if (!landsSomewhere(path)) problem(field, `"${path}" is not a step of the tree`);
  }
  for (const [index, redirect] of redirects.entries()) {
    if (landsSomewhere(redirect.from)) {
      problems.push({
        file: REDIRECTS_FILE,
        field: `[${index}].from`,
        message: `"${redirect.from}" is a live step; a redirect would hide it`,
      });
    }
    if (!landsSomewhere(redirect.to)) {
      problems.push({
        file: REDIRECTS_FILE,
        field: `[${index}].to`,
        message: `"${redirect.to}" is not a step of the tree`,
      });
    }
  }
  return problems;
}

/** Checks that need no walking: next ids exist, slugs are unique, conditions name real answers. */
function checkOptionsLocally(tree: Tree, problem: (field: string, message: string) => void): void {
  const slugsByKey = new Map<AnswerKey, Set<string>>();
  for (const question of Object.values(tree.questions)) {
    const slugs = slugsByKey.get(question.key) ?? new Set<string>();
    for (const option of question.options) slugs.add(option.slug);
    slugsByKey.set(question.key, slugs);
  }

  for (const [id, question] of Object.entries(tree.questions)) {
    const seen = new Set<string>();
    for (const [index, option] of question.options.entries()) {
      const field = `questions.${id}.options[${index}]`;
      if (seen.has(option.slug))
        problem(`${field}.slug`, `"${option.slug}" is used by another option of this question`);
      seen.add(option.slug);
      if (id === tree.start && RESERVED_ROOT_SEGMENTS.includes(option.slug)) {
        problem(
          `${field}.slug`,
          `"${option.slug}" is reserved for the app's own /${option.slug} page`,
        );
      }
      if (option.next !== undefined && !tree.questions[option.next]) {
        problem(`${field}.next`, `question "${option.next}" does not exist`);
      }
      const conditions = [
        ...(option.when ? [{ field: `${field}.when`, condition: option.when }] : []),
        ...(option.unavailable ?? []).map((rule, ruleIndex) => ({
          field: `${field}.unavailable[${ruleIndex}].when`,
          condition: rule.when,
        })),
      ];
      for (const { field: conditionField, condition } of conditions) {
        checkCondition(conditionField, condition, slugsByKey, question, problem);
      }
    }
  }
}

function checkCondition(
  field: string,
  condition: Partial<Record<AnswerKey, string[]>>,
  slugsByKey: Map<AnswerKey, Set<string>>,
  question: TreeQuestion,
  problem: (field: string, message: string) => void,
): void {
  for (const [key, slugs] of Object.entries(condition) as [AnswerKey, string[]][]) {
    if (key === question.key) {
      problem(`${field}.${key}`, `a question cannot depend on its own answer`);
      continue;
    }
    const known = slugsByKey.get(key);
    for (const slug of slugs) {
      if (!known?.has(slug))
        problem(`${field}.${key}`, `"${slug}" is not an option of any "${key}" question`);
    }
  }
}

function describe(answers: Answers): string {
  const parts = Object.entries(answers).map(([key, value]) => `${key}=${value}`);
  return parts.length > 0 ? `{ ${parts.join(', ')} }` : '{}';
}

function flatten(condition: Partial<Record<AnswerKey, string[]>>): Answers {
  return Object.fromEntries(
    Object.entries(condition).map(([key, slugs]) => [key, slugs.join('|')]),
  );
}
