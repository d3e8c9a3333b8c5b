/**
 * Fills PowerShell command templates from the content files with what the admin typed.
 *
 * A template is PowerShell text with named placeholders in double braces, for example
 * `Set-DistributionGroup -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false`.
 * Every value goes in as a PowerShell single-quoted literal (`quotePowerShellLiteral`), so no
 * input can end the string, expand a variable or run a subexpression. Nothing here joins user
 * text into a command any other way.
 *
 * - A placeholder with a string value becomes one quoted literal: `'Sales Team'`.
 * - A placeholder with a list value becomes quoted literals separated by commas (a PowerShell
 *   array argument): `'a@contoso.com','b@fabrikam.com'`.
 * - A per-line placeholder (by default `{{sender}}`, one item of `senders`) repeats the line it
 *   is on once per item: `New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}`
 *   becomes one `New-MailContact` line per sender.
 * - A placeholder with no value (undefined, empty string, empty list) is shown as `<name>`, so
 *   an unfilled command is obviously unfinished (and PowerShell refuses to run `<`).
 */

import { findPlaceholders, listPlaceholders } from '../../../lib/powershell/command-template';
import { quotePowerShellLiteral } from '../../../lib/powershell/quote-literal';
import { PER_LINE_PLACEHOLDERS } from '../../../content/command-placeholders';

export { listPlaceholders } from '../../../lib/powershell/command-template';

export type PlaceholderValue = string | readonly string[] | undefined;
export type PlaceholderValues = Readonly<Record<string, PlaceholderValue>>;

export type CommandSegment =
  /** Template text, shown as it is. */
  | { kind: 'text'; text: string }
  /** A typed value, already quoted: `text` is a PowerShell literal such as `'O''Brien'`. */
  | { kind: 'value'; name: string; text: string }
  /** A value not typed yet, shown as `<name>`. */
  | { kind: 'placeholder'; name: string; text: string };

export interface FillOptions {
  /**
   * Per-line placeholders: each maps to the list it takes its items from, and a line holding
   * one is repeated once per item. Default: the content's
   * {@link PER_LINE_PLACEHOLDERS} (`{{sender}}` is one of `senders`).
   */
  perLine?: Readonly<Record<string, string>>;
}

const LINE_BREAK = /(\r\n|\n|\r)/;

/** The text shown for a placeholder with no value. */
export function placeholderText(name: string): string {
  return `<${name}>`;
}

/** The non-empty items of `values[name]`; only own properties count (`{{constructor}}` is no value). */
function itemsOf(values: PlaceholderValues, name: string): string[] {
  if (!Object.hasOwn(values, name)) return [];
  const value: unknown = values[name];
  const items: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return items.filter((item): item is string => typeof item === 'string' && item !== '');
}

/** Appends, merging neighbouring text so the UI gets as few segments as possible. */
function push(segments: CommandSegment[], segment: CommandSegment): void {
  const last = segments[segments.length - 1];
  if (segment.kind === 'text') {
    if (segment.text === '') return;
    if (last?.kind === 'text') {
      segments[segments.length - 1] = { kind: 'text', text: last.text + segment.text };
      return;
    }
  }
  segments.push(segment);
}

function pushValue(segments: CommandSegment[], name: string, items: readonly string[]): void {
  if (items.length === 0) {
    push(segments, { kind: 'placeholder', name, text: placeholderText(name) });
    return;
  }
  items.forEach((item, index) => {
    if (index > 0) push(segments, { kind: 'text', text: ',' });
    push(segments, { kind: 'value', name, text: quotePowerShellLiteral(item) });
  });
}

/** Fills one line; `bound` gives per-line placeholders their item for this copy of the line. */
function fillLine(
  segments: CommandSegment[],
  line: string,
  values: PlaceholderValues,
  bound: ReadonlyMap<string, string | undefined>,
): void {
  let at = 0;
  for (const { name, start, end } of findPlaceholders(line)) {
    push(segments, { kind: 'text', text: line.slice(at, start) });
    if (bound.has(name)) {
      const item = bound.get(name);
      pushValue(segments, name, item === undefined || item === '' ? [] : [item]);
    } else {
      pushValue(segments, name, itemsOf(values, name));
    }
    at = end;
  }
  push(segments, { kind: 'text', text: line.slice(at) });
}

/**
 * The command for `template` with `values` filled in, as segments for display. Join them with
 * {@link commandText} for the text to copy.
 */
export function fillCommandTemplate(
  template: string,
  values: PlaceholderValues,
  options: FillOptions = {},
): CommandSegment[] {
  const perLine = options.perLine ?? PER_LINE_PLACEHOLDERS;
  const newline = template.includes('\r\n') ? '\r\n' : '\n';
  const parts = template.split(LINE_BREAK);
  const segments: CommandSegment[] = [];

  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i] as string;
    const lineEnd = parts[i + 1] ?? '';
    const repeated = listPlaceholders(line).filter((name) => Object.hasOwn(perLine, name));
    const lists = new Map(
      repeated.map((name) => [name, itemsOf(values, perLine[name] as string)] as const),
    );
    // The first per-line placeholder on the line sets how many copies; any other one on the same
    // line takes the item at the same position (findTemplateProblems reports such lines).
    const copies = Math.max(1, lists.get(repeated[0] ?? '')?.length ?? 1);
    for (let copy = 0; copy < copies; copy += 1) {
      if (copy > 0) push(segments, { kind: 'text', text: lineEnd === '' ? newline : lineEnd });
      const bound = new Map(repeated.map((name) => [name, lists.get(name)?.[copy]] as const));
      fillLine(segments, line, values, bound);
    }
    push(segments, { kind: 'text', text: lineEnd });
  }
  return segments;
}

/** Exactly the text the segments show: what the copy button copies. */
export function commandText(segments: readonly CommandSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
