/**
 * From answers known in advance (for example, what a bounce settles) to the deepest wizard
 * position they reach. Pure and generic: it walks whatever the tree holds, never assumes a
 * question or a slug exists.
 */
import type { AnswerKey, Answers, Tree, TreeOption, TreeQuestion } from './model.ts';
import { pathFromSegments } from './resolve-position.ts';
import { unavailableRule, visibleOptions } from './tree-logic.ts';

/** One question the known answers settled on the way. */
export interface AnsweredStep {
  question: TreeQuestion;
  option: TreeOption;
}

export interface AnswersWalk {
  /** The answer slugs taken, in order: the URL's segments. */
  segments: string[];
  /** The app path of the position reached ("/" when not even the first question was answered). */
  path: string;
  steps: AnsweredStep[];
  /** The answers the walk used (a subset of the known ones). */
  answers: Answers;
  /**
   * The question the walk stopped at, which the known answers could not settle; absent when the
   * path ended on an option without a next question (a fix page).
   */
  next?: TreeQuestion;
}

/** Choices a bounce narrows down without settling, per answer key. */
export type AnswerCandidates = Partial<Record<AnswerKey, readonly string[]>>;

/** An option of the question the walk stopped at, with where choosing it leads. */
export interface Shortcut {
  option: TreeOption;
  walk: AnswersWalk;
}

/** The options that can be chosen at a question after these answers (visible and available). */
function selectableOptions(question: TreeQuestion, answers: Answers): TreeOption[] {
  return visibleOptions(question, answers).filter((option) => !unavailableRule(option, answers));
}

/**
 * Walks the tree from its start, taking at each question the option whose slug is the known
 * answer for the question's key, if that option is visible and available there. Stops at the
 * first question it can't answer, or where the path ends.
 */
export function pathForAnswers(tree: Tree, known: Answers): AnswersWalk {
  const segments: string[] = [];
  const steps: AnsweredStep[] = [];
  let answers: Answers = {};
  let question = tree.questions[tree.start];
  // The graph checks forbid cycles; the bound keeps a broken tree from looping anyway.
  let budget = Object.keys(tree.questions).length;

  while (question && budget > 0) {
    budget -= 1;
    const wanted = known[question.key];
    const option =
      wanted === undefined
        ? undefined
        : selectableOptions(question, answers).find((candidate) => candidate.slug === wanted);
    if (!option) break;

    segments.push(option.slug);
    steps.push({ question, option });
    answers = { ...answers, [question.key]: option.slug };
    if (!option.next) {
      question = undefined;
      break;
    }
    question = tree.questions[option.next];
  }

  const walk: AnswersWalk = { segments, path: pathFromSegments(segments), steps, answers };
  if (question) walk.next = question;
  return walk;
}

/**
 * Direct links for the question a walk stopped at, when the known answers make them worth more
 * than the question page itself:
 * - the candidates for its key, when the bounce narrowed that key to a few (5.7.134: a user or a
 *   shared mailbox): only those options;
 * - otherwise every option, when its key is unknown but later answers are known (the platform of
 *   an on-premises bounce), so that choosing one keeps them.
 * Each shortcut's walk goes on with the other known answers. Empty when there is nothing to add.
 */
export function shortcutsAt(
  tree: Tree,
  walk: AnswersWalk,
  known: Answers,
  candidates: AnswerCandidates = {},
): Shortcut[] {
  const question = walk.next;
  if (!question) return [];
  const narrowed = candidates[question.key];
  const pending = (Object.keys(known) as AnswerKey[]).some(
    (key) => known[key] !== undefined && walk.answers[key] === undefined && key !== question.key,
  );
  const options = selectableOptions(question, walk.answers).filter((option) =>
    narrowed ? narrowed.includes(option.slug) : known[question.key] === undefined && pending,
  );
  return options.map((option) => ({
    option,
    walk: pathForAnswers(tree, { ...known, [question.key]: option.slug }),
  }));
}

/**
 * Keeps only the known answers the path chosen by `known.role` can use: those whose slug is an
 * option of a question with that key somewhere below the role's option. The same key can mean
 * different things on different paths (`method` is what the bounce says on the sender path and
 * how to fix on the admin path), so an answer meant for one path must not count on another.
 */
export function answersOnPath(tree: Tree, known: Answers): Answers {
  const start = tree.questions[tree.start];
  const roleOption = start?.options.find((option) => option.slug === known[start.key]);
  if (!start || !roleOption) return {};
  const slugs = new Map<AnswerKey, Set<string>>();
  const seen = new Set<string>();
  const queue = roleOption.next ? [roleOption.next] : [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const question = tree.questions[id];
    if (!question || seen.has(id)) continue;
    seen.add(id);
    const forKey = slugs.get(question.key) ?? new Set<string>();
    slugs.set(question.key, forKey);
    for (const option of question.options) {
      forKey.add(option.slug);
      if (option.next) queue.push(option.next);
    }
  }
  const kept: Answers = { [start.key]: roleOption.slug };
  for (const [key, slug] of Object.entries(known) as Array<[AnswerKey, string | undefined]>) {
    if (slug !== undefined && slugs.get(key)?.has(slug)) kept[key] = slug;
  }
  return kept;
}

/** The first option anywhere in the tree with this slug for this key. */
export function findAnswerOption(tree: Tree, key: AnswerKey, slug: string): TreeOption | undefined {
  for (const question of Object.values(tree.questions)) {
    if (question.key !== key) continue;
    const option = question.options.find((candidate) => candidate.slug === slug);
    if (option) return option;
  }
  return undefined;
}

/**
 * The words for an answer slug: the label of the first option in the tree with that slug for
 * that key, or the slug itself made readable when the tree has no such option yet.
 */
export function answerLabel(tree: Tree, key: AnswerKey, slug: string): string {
  const option = findAnswerOption(tree, key, slug);
  if (option) return option.label;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
