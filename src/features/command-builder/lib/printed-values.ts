import { COMMAND_PLACEHOLDERS } from '../../../content/command-placeholders';
import type { PlaceholderValues } from './fill-command-template';
import type { CommandInputName } from './page-commands';

/** What a printout writes for a value not typed (or not valid): a line to fill in by hand. */
export const PRINTED_BLANK = '________________';

export interface PrintedValueLine {
  name: CommandInputName;
  /** The input's label without its explanation in brackets ("Recipient"). */
  label: string;
  value: string;
}

/** The lines of a printout's header: each input the page asks for, with its value or a blank. */
export function printedValueLines(
  inputs: readonly CommandInputName[],
  values: PlaceholderValues,
): PrintedValueLine[] {
  return inputs.map((name) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    const text = typeof value === 'string' ? value : value?.join(', ');
    return {
      name,
      label: COMMAND_PLACEHOLDERS[name].label.replace(/\s*\(.*\)\s*$/, ''),
      value: text ? text : PRINTED_BLANK,
    };
  });
}
