/**
 * The syntax of command templates: PowerShell text with named placeholders in double braces,
 * `{{recipient}}`. Filling lives in the command builder; this file only reads templates, so the
 * content build can check them without depending on the UI.
 */

import {
  isQuotedState,
  lexTemplate,
  PLACEHOLDER_SOURCE,
  type LexedPlaceholder,
} from './template-lexer.ts';

/** A placeholder name: a letter, then letters, digits, `-` or `_`. */
export const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

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

/** What may stand right before or after a placeholder, so its value stays one argument. */
const ALLOWED_BEFORE = /[\s(,=:[{;|]/;
const ALLOWED_AFTER = /[\s),;|}\]]/;
/** Things that look like an attempt at a placeholder. */
const PLACEHOLDER_LIKE =
  /\{\{[^{}\r\n]*\}\}|\{\{[A-Za-z][A-Za-z0-9_-]*\}(?!\})|(?<!\{)\{[A-Za-z][A-Za-z0-9_-]*\}\}/g;

/** A problem at an offset of the template (sorted by offset, then told with its line). */
interface Problem {
  at: number;
  message: string;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
  }
  return line;
}

/** `{{ recipient }}`, `{{recipient}`, `{recipient}}`: almost a placeholder, but not one. */
function malformedPlaceholders(template: string): Problem[] {
  return [...template.matchAll(PLACEHOLDER_LIKE)].flatMap((match) => {
    const text = match[0];
    const inner = text.replace(/^\{+|\}+$/g, '');
    if (text.startsWith('{{') && text.endsWith('}}') && PLACEHOLDER_NAME.test(inner)) return [];
    return [
      {
        at: match.index,
        message: `${text} is not a placeholder; write {{name}}, with no spaces, a letter first, then letters, digits, - or _.`,
      },
    ];
  });
}

function unknownNames(
  placeholders: readonly LexedPlaceholder[],
  known: readonly string[],
): Problem[] {
  const names = known.map((name) => `{{${name}}}`).join(', ');
  return placeholders
    .filter((placeholder) => !known.includes(placeholder.name))
    .map((placeholder) => ({
      at: placeholder.start,
      message: `{{${placeholder.name}}} is not a known placeholder; the known ones are ${names}.`,
    }));
}

/** A line is repeated for one list only, so two different per-line names may not share it. */
function perLineClashes(
  template: string,
  placeholders: readonly LexedPlaceholder[],
  perLine: readonly string[],
): Problem[] {
  const namesOnLine = new Map<number, Set<string>>();
  const problems: Problem[] = [];
  for (const placeholder of placeholders) {
    if (!perLine.includes(placeholder.name)) continue;
    const line = lineAt(template, placeholder.start);
    const names = namesOnLine.get(line) ?? new Set<string>();
    names.add(placeholder.name);
    namesOnLine.set(line, names);
    if (names.size === 2) {
      problems.push({
        at: placeholder.start,
        message: `${[...names].map((n) => `{{${n}}}`).join(' and ')} are on the same line; a line can repeat for one list only.`,
      });
    }
  }
  return problems;
}

/** A placeholder inside quotes would be quoted twice; one glued to text would not be one argument. */
function placementProblem(template: string, placeholder: LexedPlaceholder): Problem | undefined {
  const shown = `{{${placeholder.name}}}`;
  const at = placeholder.start;
  if (isQuotedState(placeholder.state)) {
    return {
      at,
      message: `${shown} is inside a quoted string; the builder quotes every value itself, so write the placeholder without quotes around it.`,
    };
  }
  if (placeholder.state !== 'code') return undefined; // comments are not checked
  const before = template[at - 1];
  const after = template[placeholder.end];
  const glued = (side: string, char: string) =>
    `${shown} is attached to "${char}" ${side} it; leave a space, comma or bracket next to a placeholder so its value stays one argument.`;
  if (before !== undefined && !ALLOWED_BEFORE.test(before))
    return { at, message: glued('before', before) };
  if (after !== undefined && !ALLOWED_AFTER.test(after))
    return { at, message: glued('after', after) };
  return undefined;
}

/**
 * Every problem in a command template, each as `line N: …`, in order; empty when it is fine:
 * a placeholder name the builder does not know, something that looks like a placeholder but is
 * not one (`{{ recipient }}`, `{{recipient}`), a placeholder inside a quoted string or here-string
 * (it would be quoted twice; inside double quotes the value could even expand), a placeholder
 * glued to other text (`x{{recipient}}`), a line with two different per-line placeholders, and a
 * string left open. Comments are not checked for attachment or quoting.
 */
export function findTemplateProblems(template: string, options: TemplateCheckOptions): string[] {
  const { placeholders, endState } = lexTemplate(template);
  const problems: Problem[] = [
    ...malformedPlaceholders(template),
    ...unknownNames(placeholders, options.knownNames),
    ...perLineClashes(template, placeholders, options.perLineNames ?? []),
    ...placeholders.flatMap((placeholder) => placementProblem(template, placeholder) ?? []),
  ];
  if (isQuotedState(endState)) {
    problems.push({
      at: template.length,
      message: 'a quoted string is not closed before the end of the template.',
    });
  }
  return problems
    .map((problem, order) => ({ ...problem, order }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((problem) => `line ${lineAt(template, problem.at)}: ${problem.message}`);
}
