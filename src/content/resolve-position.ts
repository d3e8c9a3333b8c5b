import type {
  Answers,
  FixRoute,
  Redirect,
  Tree,
  TreeOption,
  TreeQuestion,
  UnavailableRule,
} from './model.ts';
import { fixesFor, unavailableRule, visibleOptions } from './tree-logic.ts';
import { withoutTrailingSlash } from '../lib/paths.ts';

/** One answered question on the way to the current position. */
export interface TrailStep {
  question: TreeQuestion;
  option: TreeOption;
  /** The path of the question where this answer was given (follow it to change the answer). */
  questionPath: string;
}

interface PositionBase {
  answers: Answers;
  trail: TrailStep[];
  /** The canonical path of this position. */
  path: string;
}

export type Position =
  | (PositionBase & { kind: 'question'; question: TreeQuestion })
  | (PositionBase & { kind: 'fix'; fix: FixRoute })
  | (PositionBase & {
      kind: 'unavailable';
      question: TreeQuestion;
      option: TreeOption;
      rule: UnavailableRule;
    })
  | (PositionBase & {
      kind: 'not-found';
      /** The segment that matched nothing, as typed. */
      unknownSegment: string;
      /** The deepest valid position before it: where to send the user instead. */
      nearest: Exclude<Position, { kind: 'not-found' }>;
    });

export interface TreeContent {
  tree: Tree;
  fixes: readonly FixRoute[];
}

export function pathFromSegments(segments: readonly string[]): string {
  return `/${segments.join('/')}`;
}

export function segmentsFromPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Walks the tree along the URL's segments. Every URL resolves to something: a question, a fix
 * page, an unavailable combination, or "not found" with the nearest valid step.
 */
export function resolvePosition(content: TreeContent, segments: readonly string[]): Position {
  const { tree, fixes } = content;
  let question = tree.questions[tree.start];
  let answers: Answers = {};
  const trail: TrailStep[] = [];
  const walked: string[] = [];
  let current: Exclude<Position, { kind: 'not-found' }> | undefined;

  const notFound = (unknownSegment: string): Position => ({
    kind: 'not-found',
    unknownSegment,
    nearest: current ?? fallbackStart(content),
    answers,
    trail: [...trail],
    path: pathFromSegments(segments),
  });

  if (!question) return notFound(segments[0] ?? '');
  current = { kind: 'question', question, answers, trail: [], path: '/' };

  for (const [index, segment] of segments.entries()) {
    if (current.kind !== 'question' || !question) return notFound(segment);
    const option: TreeOption | undefined = visibleOptions(question, answers).find(
      (candidate) => candidate.slug === segment,
    );
    if (!option) return notFound(segment);

    const questionPath = pathFromSegments(walked);
    walked.push(segment);
    const rule = unavailableRule(option, answers);
    if (rule) {
      const position: Position = {
        kind: 'unavailable',
        question,
        option,
        rule,
        answers,
        trail: [...trail],
        path: pathFromSegments(walked),
      };
      return index === segments.length - 1 ? position : notFound(segments[index + 1] ?? '');
    }

    answers = { ...answers, [question.key]: option.slug };
    trail.push({ question, option, questionPath });
    const path = pathFromSegments(walked);
    if (option.next) {
      question = tree.questions[option.next];
      if (!question) return notFound(segment);
      current = { kind: 'question', question, answers, trail: [...trail], path };
    } else {
      const [fix] = fixesFor(fixes, answers);
      if (!fix) return notFound(segment);
      question = undefined;
      current = { kind: 'fix', fix, answers, trail: [...trail], path };
    }
  }
  return current;
}

function fallbackStart(content: TreeContent): Exclude<Position, { kind: 'not-found' }> {
  const start = content.tree.questions[content.tree.start];
  if (!start) throw new Error(`The tree's start question "${content.tree.start}" does not exist`);
  return { kind: 'question', question: start, answers: {}, trail: [], path: '/' };
}

/** Where an old path now lives, if a redirect covers it (a redirect covers everything below it). */
export function redirectFor(redirects: readonly Redirect[], path: string): string | undefined {
  const normalised = withoutTrailingSlash(path);
  for (const redirect of redirects) {
    if (normalised === redirect.from) return redirect.to;
    if (normalised.startsWith(`${redirect.from}/`)) {
      return redirect.to + normalised.slice(redirect.from.length);
    }
  }
  return undefined;
}
