/**
 * Which commands a page shows and which inputs they need, so the command builder asks only for
 * what the page's commands use.
 */

import { commandsIn, type CommandNode } from '../../../content/doc-commands';
import type { FixBody, FixStep } from '../../../content/model';
import {
  COMMAND_PLACEHOLDERS,
  type CommandPlaceholder,
} from '../../../content/command-placeholders';
import { listPlaceholders } from '../../../lib/powershell/command-template';

export { commandsIn, type CommandNode };

/** A placeholder the builder has an input for (a per-line placeholder takes its list's input). */
export type CommandInputName = {
  [Name in CommandPlaceholder]: (typeof COMMAND_PLACEHOLDERS)[Name]['kind'] extends 'per-line'
    ? never
    : Name;
}[CommandPlaceholder];

/** Every input, in the order the builder shows them. */
export const COMMAND_INPUT_NAMES = (Object.keys(COMMAND_PLACEHOLDERS) as CommandPlaceholder[])
  .map(inputFor)
  .filter((name, index, names): name is CommandInputName => names.indexOf(name) === index);

/** The language of the blocks the builder fills in; other code blocks are shown as they are. */
export const FILLED_LANGUAGE = 'powershell';

/** The input a placeholder name takes its value from, or undefined for an unknown name. */
export function inputFor(name: string): CommandInputName | undefined {
  if (!Object.hasOwn(COMMAND_PLACEHOLDERS, name)) return undefined;
  const placeholder = COMMAND_PLACEHOLDERS[name as CommandPlaceholder];
  return placeholder.kind === 'per-line' ? placeholder.list : (name as CommandInputName);
}

/** Every command block of a fix page: intro and all sections (the steps are inside theirs). */
export function fixBodyCommands(body: FixBody): CommandNode[] {
  return [
    ...commandsIn(body.intro),
    ...body.sections.flatMap((section) => commandsIn(section.blocks)),
  ];
}

/** The numbered steps of a fix page (the "Steps" section's), or none. */
export function fixBodySteps(body: FixBody): readonly FixStep[] {
  return body.sections.find((section) => section.steps !== undefined)?.steps ?? [];
}

/** The inputs `commands` need, each once, in the builder's order. Only PowerShell is filled. */
export function inputsForCommands(commands: readonly CommandNode[]): CommandInputName[] {
  const used = new Set(
    commands
      .filter((command) => command.language === FILLED_LANGUAGE)
      .flatMap((command) => listPlaceholders(command.template))
      .map(inputFor),
  );
  return COMMAND_INPUT_NAMES.filter((name) => used.has(name));
}
