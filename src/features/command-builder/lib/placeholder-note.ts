/**
 * The note under a command that still shows placeholders: which ones, and what to do about them.
 */

import { COMMAND_PLACEHOLDERS } from '../../../content/command-placeholders';
import type { CommandInputChecks } from './command-inputs';
import type { CommandSegment } from './fill-command-template';
import { inputFor, type CommandInputName } from './page-commands';

export interface PlaceholderNote {
  /** The placeholders as shown in the command (`<recipient>`), each once, in order. */
  placeholders: string[];
  /** What to do, for example "correct the outside senders and type the recipient". */
  action: string;
  /** The inputs that would fill the placeholders, wrong ones first: where Copy sends the focus. */
  inputs: CommandInputName[];
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The note for a filled command, or undefined when it has no placeholder left. */
export function placeholderNote(
  segments: readonly CommandSegment[],
  problems: CommandInputChecks['problems'],
): PlaceholderNote | undefined {
  const placeholders: string[] = [];
  const inputs: CommandInputName[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'placeholder') continue;
    if (!placeholders.includes(segment.text)) placeholders.push(segment.text);
    const input = inputFor(segment.name);
    if (input !== undefined && !inputs.includes(input)) inputs.push(input);
  }
  if (placeholders.length === 0) return undefined;
  const nouns = (wrong: boolean) =>
    joinWords(
      inputs
        .filter((input) => (problems[input] !== undefined) === wrong)
        .map((input) => COMMAND_PLACEHOLDERS[input].noun),
    );
  const actions = [
    ['correct', nouns(true)],
    ['type', nouns(false)],
  ].flatMap(([verb, what]) => (what === '' ? [] : [`${verb} ${what}`]));
  const wrongFirst = [
    ...inputs.filter((input) => problems[input] !== undefined),
    ...inputs.filter((input) => problems[input] === undefined),
  ];
  return { placeholders, action: joinWords(actions), inputs: wrongFirst };
}

/**
 * Why Copy does not copy a command that still shows placeholders: "Type the recipient first: the
 * command still shows <recipient>." A placeholder is never put on the clipboard (PowerShell would
 * refuse the `<`, or worse, a half-filled command would run).
 */
export function copyRefusal(note: PlaceholderNote): string {
  const shows = `the command still shows ${joinWords(note.placeholders)}.`;
  if (note.action === '') return `Fill in the command first: ${shows}`;
  return `${note.action.charAt(0).toUpperCase()}${note.action.slice(1)} first: ${shows}`;
}
