import type { AnswerKey, Answers, FixRoute, Redirect, Tree, TreeQuestion } from '../model.ts';
import { resolvePosition, segmentsFromPath, pathFromSegments } from '../resolve-position.ts';
import { fixesFor } from '../tree-logic.ts';
import { walkTree } from '../walk-tree.ts';
import type { ContentProblem } from './content-problem.ts';
import { paths } from '../../lib/paths.ts';

const TREE_FILE = 'content/tree.yaml';
const REDIRECTS_FILE = 'content/redirects.yaml';
/** First URL segments the app uses for its own screens (from lib/paths.ts, their one copy). */
export const RESERVED_ROOT_SEGMENTS: readonly string[] = [
  paths.analyze(),
  paths.fixes(),
  paths.about(),
].map((path) => path.slice(1));

export interface GraphInput {
  tree: Tree;
  fixes: readonly FixRoute[];
  /** Where each fix came from, for messages: fix id → file. */
  fixFiles: Readonly<Record<string, string>>;
  redirects: readonly Redirect[];
}

type Report = (field: string, message: string, file?: string) => void;

/**
 * Checks the tree as a whole: every option leads to a question that exists, every question is
 * reachable, there are no cycles, every path ends on exactly one fix page, every fix page is used,
 * and every alternative and redirect lands on a real step. Reports every problem, not the first.
 */
export function checkTreeGraph(input: GraphInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem: Report = (field, message, file = TREE_FILE) =>
    problems.push({ file, field, message });
  if (!input.tree.questions[input.tree.start]) {
    problem('start', `question "${input.tree.start}" does not exist`);
    return problems;
  }
  checkOptionsLocally(input.tree, problem);
  checkFixesFilters(input.tree, problem);
  const walked = walkAndCheckPaths(input, problem);
  checkEverythingUsed(input, walked, problem);
  checkLandings(input, walked.alternatives, problem);
  return problems;
}

interface WalkedTree {
  reached: Set<string>;
  usedFixes: Set<string>;
  /** Where each unavailable option sends the reader instead (checked once the walk is done). */
  alternatives: { field: string; path: string }[];
}

/** Walks every path: a question asked twice, a cycle, a path with no fix page or several. */
function walkAndCheckPaths(input: GraphInput, problem: Report): WalkedTree {
  const { tree, fixes, fixFiles } = input;
  const walked: WalkedTree = { reached: new Set(), usedFixes: new Set(), alternatives: [] };
  const reportedCycles = new Set<string>();
  const optionField = (id: string, index: number) => `questions.${id}.options[${index}]`;
  walkTree(tree, {
    question: ({ id, question, answers, segments }) => {
      walked.reached.add(id);
      if (answers[question.key] === undefined) return true;
      const path = pathFromSegments(segments);
      problem(`questions.${id}.key`, `asks "${question.key}" again on the path ${path}`);
      return false;
    },
    unavailable: ({ id, index, rule, ruleIndex }) => {
      const field = `${optionField(id, index)}.unavailable[${ruleIndex}].alternative.path`;
      walked.alternatives.push({ field, path: rule.alternative.path });
    },
    cycle: ({ id, index, cycle }) => {
      const text = cycle.join(' → ');
      if (!reportedCycles.has(text))
        problem(
          `${optionField(id, index)}.next`,
          `leads back to an earlier question (cycle: ${text})`,
        );
      reportedCycles.add(text);
    },
    end: ({ id, index, pathAnswers, pathSegments }) => {
      const matches = fixesFor(fixes, pathAnswers);
      const path = pathFromSegments(pathSegments);
      if (matches.length === 0) {
        problem(
          optionField(id, index),
          `the path ${path} ends here, but no fix page's appliesTo matches ${describe(pathAnswers)}`,
        );
      } else if (matches.length > 1) {
        const files = matches.map((fix) => fixFiles[fix.id] ?? fix.id).join(', ');
        problem(optionField(id, index), `the path ${path} matches several fix pages: ${files}`);
      }
      for (const fix of matches) walked.usedFixes.add(fix.id);
    },
  });
  return walked;
}

/** Every question is reached and every fix page ends some path. */
function checkEverythingUsed(input: GraphInput, walked: WalkedTree, problem: Report): void {
  for (const id of Object.keys(input.tree.questions)) {
    if (!walked.reached.has(id))
      problem(`questions.${id}`, 'is not reachable from the start question');
  }
  for (const fix of input.fixes) {
    if (walked.usedFixes.has(fix.id)) continue;
    problem(
      'appliesTo',
      `no path through the tree ends on this page (appliesTo ${describe(flatten(fix.appliesTo))})`,
      input.fixFiles[fix.id] ?? fix.id,
    );
  }
}

/** Alternatives and redirects land on real steps; a redirect never hides a live one. */
function checkLandings(
  input: GraphInput,
  alternatives: WalkedTree['alternatives'],
  problem: Report,
): void {
  const content = { tree: input.tree, fixes: input.fixes };
  const landsSomewhere = (path: string) =>
    resolvePosition(content, segmentsFromPath(path)).kind !== 'not-found';
  for (const { field, path } of alternatives) {
    if (!landsSomewhere(path)) problem(field, `"${path}" is not a step of the tree`);
  }
  for (const [index, redirect] of input.redirects.entries()) {
    if (landsSomewhere(redirect.from)) {
      problem(
        `[${index}].from`,
        `"${redirect.from}" is a live step; a redirect would hide it`,
        REDIRECTS_FILE,
      );
    }
    if (!landsSomewhere(redirect.to)) {
      problem(`[${index}].to`, `"${redirect.to}" is not a step of the tree`, REDIRECTS_FILE);
    }
  }
}

/** Checks that need no walking: next ids exist, slugs are unique, conditions name real answers. */
function checkOptionsLocally(tree: Tree, problem: Report): void {
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

/** The /fixes filter chips: one group per answer key, so a chip says one thing. */
function checkFixesFilters(tree: Tree, problem: Report): void {
  const filterOf = new Map<AnswerKey, string>();
  for (const [id, question] of Object.entries(tree.questions)) {
    if (question.fixesFilter === undefined) continue;
    const earlier = filterOf.get(question.key);
    if (earlier !== undefined) {
      problem(
        `questions.${id}.fixesFilter`,
        `question "${earlier}" already offers the "${question.key}" answers as filter chips`,
      );
    } else filterOf.set(question.key, id);
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
