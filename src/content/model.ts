/**
 * The shapes the browser receives from the content build. Build-time code (schemas, the Vite
 * plugin) produces them; app code only reads them. Nothing here may import Node modules.
 */

/** The answer keys a path can carry, in the order they are usually asked. */
export type AnswerKey = 'role' | 'recipient' | 'platform' | 'method' | 'surface';

/** Answers gathered along a path: answer key → option slug. */
export type Answers = Partial<Record<AnswerKey, string>>;

/** A condition on earlier answers: every listed key must hold one of the listed slugs. */
export type AnswerCondition = Partial<Record<AnswerKey, string[]>>;

/** A compiled markdown fragment: an allow-listed element tree, never raw HTML. */
export type DocNode =
  | { type: 'text'; value: string }
  | {
      type: 'element';
      tag: DocTag;
      props?: { href?: string; id?: string; start?: number };
      children: DocNode[];
    }
  | { type: 'command'; language: string; template: string }
  /**
   * Shown only where the page's answers match `when` (`:::only{platform="…"}` in markdown). The
   * build resolves these for every position (FixBody.variants) before anything reads or renders it.
   */
  | { type: 'only'; when: AnswerCondition; children: DocNode[] };

export const DOC_TAGS = [
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'a',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'hr',
  'kbd',
  'del',
] as const;
export type DocTag = (typeof DOC_TAGS)[number];

export interface UnavailableRule {
  when: AnswerCondition;
  reason: string;
  alternative: { label: string; path: string };
}

export interface TreeOption {
  slug: string;
  label: string;
  /** The answer in a few words, for the breadcrumb and "Applies to" (answerShortLabel). */
  shortLabel?: string;
  explanation: string;
  /** Shown only when earlier answers match; otherwise the slug is not part of the tree there. */
  when?: AnswerCondition;
  /** Shown, but not selectable, when earlier answers match. */
  unavailable?: UnavailableRule[];
  /** The next question; absent when the path ends on a fix page. */
  next?: string;
}

export interface TreeQuestion {
  id: string;
  key: AnswerKey;
  title: string;
  /** Short label used in the breadcrumb, e.g. "Recipient". */
  shortTitle: string;
  /** The name of this question's filter chips on /fixes, when it offers them. */
  fixesFilter?: string;
  intro?: DocNode[];
  /** The "not sure?" help's title; its body loads lazily (`virtual:content/question-help`). */
  help?: { title: string; hasCommands: boolean };
  options: TreeOption[];
}

export interface Tree {
  start: string;
  questions: Record<string, TreeQuestion>;
}

export interface FixSource {
  title: string;
  url: string;
}

/**
 * What the router needs about a fix page, in the entry chunk: kept small so the initial download
 * does not grow with content. Everything else about the page loads with its body.
 */
export interface FixRoute {
  id: string;
  title: string;
  appliesTo: AnswerCondition;
}

/** All that the front matter says about a fix page (for the page itself and the /fixes index). */
export interface FixSummary extends FixRoute {
  summary: string;
  codes: string[];
  sources: FixSource[];
  reviewed: string;
  /** How many numbered steps the page has, so progress ("2 of 5 steps done") needs no body. */
  stepCount: number;
}

export interface FixStep {
  number: number;
  anchor: string;
  blocks: DocNode[];
}

export interface FixSection {
  id: string;
  title: string;
  blocks: DocNode[];
  /** Only the "Steps" section has numbered steps. */
  steps?: FixStep[];
}

export interface FixBody {
  id: string;
  summary: FixSummary;
  intro: DocNode[];
  sections: FixSection[];
  /**
   * On a page with `:::only` blocks: their distinct conditions, and the page as each position
   * that reaches it shows it, resolved at build time and keyed by which conditions hold ("101").
   * Pick one with fixBodyForAnswers; the body itself still holds the unresolved blocks.
   */
  conditions?: AnswerCondition[];
  variants?: Record<string, FixBody>;
}

export interface Redirect {
  from: string;
  to: string;
}
