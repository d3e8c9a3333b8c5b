/**
 * A small lexer for command templates: it walks PowerShell text far enough to know, at each
 * `{{placeholder}}`, whether it stands in code, in a quoted string or here-string, or in a comment.
 * The rules that judge a template (command-template.ts) work on what it finds.
 */

import { isPowerShellSingleQuote } from './quote-literal.ts';

/** A placeholder in a template: `{{` a letter, then letters, digits, `-` or `_`, `}}`. */
export const PLACEHOLDER_SOURCE = '\\{\\{([A-Za-z][A-Za-z0-9_-]*)\\}\\}';

export type LexState =
  'code' | 'single' | 'double' | 'here-single' | 'here-double' | 'comment' | 'block-comment';

export interface LexedPlaceholder {
  name: string;
  /** Index of the first `{`. */
  start: number;
  /** Index just after the last `}`. */
  end: number;
  /** Where the placeholder stands. */
  state: LexState;
}

export interface TemplateLexing {
  placeholders: LexedPlaceholder[];
  /** The state at the end of the text: anything but code or a comment is an unclosed string. */
  endState: LexState;
}

const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);

export function isQuotedState(state: LexState): boolean {
  return (
    state === 'single' || state === 'double' || state === 'here-single' || state === 'here-double'
  );
}

function isDoubleQuote(char: string | undefined): boolean {
  return char !== undefined && DOUBLE_QUOTES.has(char);
}

function isSingleQuote(char: string | undefined): boolean {
  return char !== undefined && isPowerShellSingleQuote(char);
}

/** Whether `@'` or `@"` at `i` opens a here-string: only spaces and tabs follow on its line. */
function opensHereString(text: string, i: number): boolean {
  let j = i + 2;
  while (text[j] === ' ' || text[j] === '\t') j += 1;
  return text[j] === '\n' || text[j] === '\r';
}

/** One step of the lexer: the state after the text at `i`, and where to go on. */
type Step = [state: LexState, next: number];

function stepCode(text: string, i: number): Step {
  const char = text[i];
  const next = text[i + 1];
  if (char === '`') return ['code', i + 2];
  if (char === '<' && next === '#') return ['block-comment', i + 2];
  if (char === '#' && (i === 0 || /[\s;|({]/.test(text[i - 1] as string)))
    return ['comment', i + 1];
  if (char === '@' && (isSingleQuote(next) || isDoubleQuote(next)) && opensHereString(text, i)) {
    return [isSingleQuote(next) ? 'here-single' : 'here-double', i + 2];
  }
  if (isSingleQuote(char)) return ['single', i + 1];
  if (isDoubleQuote(char)) return ['double', i + 1];
  return ['code', i + 1];
}

function stepSingle(text: string, i: number): Step {
  if (!isSingleQuote(text[i])) return ['single', i + 1];
  // A doubled quote is a quote inside the string.
  return isSingleQuote(text[i + 1]) ? ['single', i + 2] : ['code', i + 1];
}

function stepDouble(text: string, i: number): Step {
  if (text[i] === '`') return ['double', i + 2];
  if (!isDoubleQuote(text[i])) return ['double', i + 1];
  return isDoubleQuote(text[i + 1]) ? ['double', i + 2] : ['code', i + 1];
}

/** A here-string ends with its quote and `@` at the very start of a line. */
function stepHereString(text: string, i: number, state: 'here-single' | 'here-double'): Step {
  const char = text[i];
  if (char !== '\n' && char !== '\r') return [state, i + 1];
  const quoteAt = i + (char === '\r' && text[i + 1] === '\n' ? 2 : 1);
  const closes = state === 'here-single' ? isSingleQuote : isDoubleQuote;
  if (closes(text[quoteAt]) && text[quoteAt + 1] === '@') return ['code', quoteAt + 2];
  return [state, i + 1];
}

function step(text: string, i: number, state: LexState): Step {
  switch (state) {
    case 'code':
      return stepCode(text, i);
    case 'single':
      return stepSingle(text, i);
    case 'double':
      return stepDouble(text, i);
    case 'here-single':
    case 'here-double':
      return stepHereString(text, i, state);
    case 'comment':
      return [text[i] === '\n' || text[i] === '\r' ? 'code' : 'comment', i + 1];
    case 'block-comment':
      return text[i] === '#' && text[i + 1] === '>' ? ['code', i + 2] : ['block-comment', i + 1];
  }
}

/** Every placeholder of `template` with where it stands, and the state at the end. */
export function lexTemplate(template: string): TemplateLexing {
  const placeholderHere = new RegExp(PLACEHOLDER_SOURCE, 'y');
  const placeholders: LexedPlaceholder[] = [];
  let state: LexState = 'code';
  let i = 0;
  while (i < template.length) {
    placeholderHere.lastIndex = i;
    const match = placeholderHere.exec(template);
    if (match) {
      placeholders.push({ name: match[1] as string, start: i, end: i + match[0].length, state });
      i += match[0].length;
      continue;
    }
    [state, i] = step(template, i, state);
  }
  return { placeholders, endState: state };
}
