/**
 * The syntax of command templates: PowerShell text with named placeholders in double braces,
 * `{{recipient}}`. Filling lives in the command builder; this file only reads templates, so the
 * content build can check them without depending on the UI.
 */

import { isPowerShellSingleQuote } from './quote-literal.ts';

/** A placeholder name: a letter, then letters, digits, `-` or `_`. */
export const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

const PLACEHOLDER_SOURCE = '\\{\\{([A-Za-z][A-Za-z0-9_-]*)\\}\\}';

export interface PlaceholderMatch {
  name: string;
  /** Index of the first `{`. */
  start: number;
  /** Index just after the last `}`. */
  end: number;
}

/** Every `{{name}}` in `text`, in order. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  return [...text.matchAll(new RegExp(PLACEHOLDER_SOURCE, 'g'))].map((match) => ({
    name: match[1] as string,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The names used in `template`, each once, in order of first use. */
export function listPlaceholders(template: string): string[] {
  return [...new Set(findPlaceholders(template).map((match) => match.name))];
}

export interface TemplateCheckOptions {
  /** Every placeholder name the command builder can fill. */
  knownNames: readonly string[];
  /** Names whose line is repeated once per item (such as `sender`). */
  perLineNames?: readonly string[];
}

const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
/** What may stand right before or after a placeholder, so its value stays one argument. */
const ALLOWED_BEFORE = /[\s(,=:[{;|]/;
const ALLOWED_AFTER = /[\s),;|}\]]/;
/** Things that look like an attempt at a placeholder. */
const PLACEHOLDER_LIKE =
  /\{\{[^{}\r\n]*\}\}|\{\{[A-Za-z][A-Za-z0-9_-]*\}(?!\})|(?<!\{)\{[A-Za-z][A-Za-z0-9_-]*\}\}/g;

type ScanState =
  'code' | 'single' | 'double' | 'here-single' | 'here-double' | 'comment' | 'block-comment';

function isDoubleQuote(char: string | undefined): boolean {
  return char !== undefined && DOUBLE_QUOTES.has(char);
}

function isSingleQuote(char: string | undefined): boolean {
  return char !== undefined && isPowerShellSingleQuote(char);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
  }
  return line;
}

/** Whether `@'` or `@"` at `i` opens a here-string: only spaces and tabs follow on its line. */
function opensHereString(text: string, i: number): boolean {
  let j = i + 2;
  while (text[j] === ' ' || text[j] === '\t') j += 1;
  return text[j] === '\n' || text[j] === '\r';
}

/**
 * Every problem in a command template, each as `line N: …`, in order; empty when it is fine:
 * a placeholder name the builder does not know, something that looks like a placeholder but is
 * not one (`{{ recipient }}`, `{{recipient}`), a placeholder inside a quoted string or here-string
 * (it would be quoted twice; inside double quotes the value could even expand), a placeholder
 * glued to other text (`x{{recipient}}`), and a line with two different per-line placeholders.
 * Comments are not checked for attachment or quoting.
 */
// eslint-disable-next-line max-lines-per-function -- to be split into named stages (issue 14)
export function findTemplateProblems(template: string, options: TemplateCheckOptions): string[] {
  const known = new Set(options.knownNames);
  const perLine = new Set(options.perLineNames ?? []);
  const problems: { at: number; message: string }[] = [];
  const report = (at: number, message: string) => {
    problems.push({ at, message: `line ${lineAt(template, at)}: ${message}` });
  };

  for (const match of template.matchAll(PLACEHOLDER_LIKE)) {
    const text = match[0];
    const inner = text.replace(/^\{+|\}+$/g, '');
    if (!(text.startsWith('{{') && text.endsWith('}}') && PLACEHOLDER_NAME.test(inner))) {
      report(
        match.index,
        `${text} is not a placeholder; write {{name}}, with no spaces, a letter first, then letters, digits, - or _.`,
      );
    }
  }

  const placeholderHere = new RegExp(PLACEHOLDER_SOURCE, 'y');
  const perLineOnLine = new Map<number, Set<string>>();
  let state: ScanState = 'code';
  let i = 0;
  while (i < template.length) {
    const char = template[i] as string;
    const next = template[i + 1];

    placeholderHere.lastIndex = i;
    const placeholder = placeholderHere.exec(template);
    if (placeholder !== null) {
      const name = placeholder[1] as string;
      const end = i + placeholder[0].length;
      const shown = placeholder[0];
      if (!known.has(name)) {
        const names = options.knownNames.map((knownName) => `{{${knownName}}}`).join(', ');
        report(i, `${shown} is not a known placeholder; the known ones are ${names}.`);
      }
      if (perLine.has(name)) {
        const line = lineAt(template, i);
        const names = perLineOnLine.get(line) ?? new Set<string>();
        names.add(name);
        perLineOnLine.set(line, names);
        if (names.size === 2) {
          report(
            i,
            `${[...names].map((n) => `{{${n}}}`).join(' and ')} are on the same line; a line can repeat for one list only.`,
          );
        }
      }
      if (
        state === 'single' ||
        state === 'double' ||
        state === 'here-single' ||
        state === 'here-double'
      ) {
        report(
          i,
          `${shown} is inside a quoted string; the builder quotes every value itself, so write the placeholder without quotes around it.`,
        );
      } else if (state === 'code') {
        const before = template[i - 1];
        const after = template[end];
        if (before !== undefined && !ALLOWED_BEFORE.test(before)) {
          report(
            i,
            `${shown} is attached to "${before}" before it; leave a space, comma or bracket next to a placeholder so its value stays one argument.`,
          );
        } else if (after !== undefined && !ALLOWED_AFTER.test(after)) {
          report(
            i,
            `${shown} is attached to "${after}" after it; leave a space, comma or bracket next to a placeholder so its value stays one argument.`,
          );
        }
      }
      i = end;
      continue;
    }

    switch (state) {
      case 'code':
        if (char === '`') {
          i += 2;
          continue;
        }
        if (char === '<' && next === '#') {
          state = 'block-comment';
          i += 2;
          continue;
        }
        if (char === '#' && (i === 0 || /[\s;|({]/.test(template[i - 1] as string))) {
          state = 'comment';
        } else if (
          char === '@' &&
          (isSingleQuote(next) || isDoubleQuote(next)) &&
          opensHereString(template, i)
        ) {
          state = isSingleQuote(next) ? 'here-single' : 'here-double';
          i += 2;
          continue;
        } else if (isSingleQuote(char)) {
          state = 'single';
        } else if (isDoubleQuote(char)) {
          state = 'double';
        }
        i += 1;
        continue;
      case 'single':
        if (isSingleQuote(char)) {
          if (isSingleQuote(next)) {
            i += 2;
            continue;
          }
          state = 'code';
        }
        i += 1;
        continue;
      case 'double':
        if (char === '`') {
          i += 2;
          continue;
        }
        if (isDoubleQuote(char)) {
          if (isDoubleQuote(next)) {
            i += 2;
            continue;
          }
          state = 'code';
        }
        i += 1;
        continue;
      case 'here-single':
      case 'here-double': {
        const closes = state === 'here-single' ? isSingleQuote : isDoubleQuote;
        if (
          (char === '\n' || char === '\r') &&
          closes(template[i + (char === '\r' && next === '\n' ? 2 : 1)])
        ) {
          const quoteAt = i + (char === '\r' && next === '\n' ? 2 : 1);
          if (template[quoteAt + 1] === '@') {
            state = 'code';
            i = quoteAt + 2;
            continue;
          }
        }
        i += 1;
        continue;
      }
      case 'comment':
        if (char === '\n' || char === '\r') state = 'code';
        i += 1;
        continue;
      case 'block-comment':
        if (char === '#' && next === '>') {
          state = 'code';
          i += 2;
          continue;
        }
        i += 1;
        continue;
    }
  }

  if (
    state === 'single' ||
    state === 'double' ||
    state === 'here-single' ||
    state === 'here-double'
  ) {
    report(template.length, 'a quoted string is not closed before the end of the template.');
  }

  return problems.sort((a, b) => a.at - b.at).map((problem) => problem.message);
}
