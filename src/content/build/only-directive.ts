/**
 * `:::only{platform="exchange-2010 exchange-2007"}` … `:::` — markdown shown only where the page's
 * answers match. This module reads and checks the directive's attributes at build time.
 */
import type { AnswerCondition, AnswerKey } from '../model.ts';

export const ANSWER_KEYS: readonly AnswerKey[] = [
  'role',
  'recipient',
  'platform',
  'method',
  'surface',
];

/** What an `:::only` block is checked against; without it, `:::only` is not allowed. */
export interface OnlyBlockRules {
  /** Answer key → every slug the tree offers for it (undefined when the tree did not load). */
  slugs?: ReadonlyMap<AnswerKey, ReadonlySet<string>>;
  /** The answers the page applies to (undefined when its front matter is invalid). */
  appliesTo?: AnswerCondition;
  /**
   * Blocks inside partials: a block may be dead on one page that includes the partial and live
   * on another, so "can never show" is decided over all pages (see `deadPartialBlocks`).
   */
  partialBlocks: Map<string, PartialBlockUse>;
}

export interface PartialBlockUse {
  partial: string;
  directive: string;
  shown: boolean;
}

/** The answer key → slugs map of a tree's questions. */
export function slugsByKey(
  questions: Iterable<{ key: AnswerKey; options: readonly { slug: string }[] }>,
): Map<AnswerKey, Set<string>> {
  const slugs = new Map<AnswerKey, Set<string>>();
  for (const question of questions) {
    const known = slugs.get(question.key) ?? new Set<string>();
    for (const option of question.options) known.add(option.slug);
    slugs.set(question.key, known);
  }
  return slugs;
}

/** `:::only{platform="a b"}`, as written (for messages). */
export function directiveLabel(attributes: Readonly<Record<string, string | null | undefined>>) {
  const text = Object.entries(attributes)
    .map(([key, value]) => `${key}="${value ?? ''}"`)
    .join(' ');
  return `:::only{${text}}`;
}

/**
 * The condition an `:::only` block's attributes state, with every problem in them: an unknown
 * answer key, a slug the tree does not have for that key, no condition at all.
 */
export function readOnlyCondition(
  attributes: Readonly<Record<string, string | null | undefined>>,
  rules: OnlyBlockRules,
): { when: AnswerCondition; problems: string[] } {
  const when: AnswerCondition = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (!(ANSWER_KEYS as readonly string[]).includes(key)) {
      problems.push(`unknown answer key "${key}" (use ${ANSWER_KEYS.join(', ')})`);
      continue;
    }
    const answerKey = key as AnswerKey;
    const slugs = (value ?? '').split(/\s+/).filter((slug) => slug !== '');
    if (slugs.length === 0) problems.push(`${key}="" names no answer`);
    const known = rules.slugs?.get(answerKey);
    for (const slug of slugs) {
      if (known && !known.has(slug)) {
        problems.push(
          `"${slug}" is not a ${key} answer in content/tree.yaml (known: ${[...known].join(', ')})`,
        );
      }
    }
    when[answerKey] = slugs;
  }
  if (Object.keys(attributes).length === 0)
    problems.push('names no answers (write e.g. :::only{platform="exchange-2010"})');
  return { when, problems };
}

/**
 * Where a block can show: `scope` (the page's appliesTo, narrowed by enclosing blocks) and its
 * own condition. Undefined when no combination satisfies both — the block can never show.
 */
export function narrowScope(
  scope: AnswerCondition,
  when: AnswerCondition,
): AnswerCondition | undefined {
  const narrowed: AnswerCondition = { ...scope };
  for (const key of Object.keys(when) as AnswerKey[]) {
    const wanted = when[key] ?? [];
    const allowed = scope[key];
    const both = allowed ? wanted.filter((slug) => allowed.includes(slug)) : wanted;
    if (both.length === 0) return undefined;
    narrowed[key] = both;
  }
  return narrowed;
}

/** "platform exchange-server, exchange-2010; method allow-everyone" */
export function describeScope(scope: AnswerCondition, keys: readonly string[]): string {
  return (
    keys
      .filter((key): key is AnswerKey => scope[key as AnswerKey] !== undefined)
      .map((key) => `${key} ${(scope[key] ?? []).join(', ')}`)
      .join('; ') || 'any answers'
  );
}

/** The problems for partial blocks that no page including the partial can ever show. */
export function deadPartialBlocks(
  partialBlocks: ReadonlyMap<string, PartialBlockUse>,
): { file: string; message: string }[] {
  return [...partialBlocks.values()]
    .filter((use) => !use.shown)
    .map((use) => ({
      file: `content/partials/_${use.partial}.md`,
      message: `${use.directive} can never show: no page that includes this partial applies to those answers`,
    }));
}
