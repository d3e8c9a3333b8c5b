/**
 * Turns what the admin typed (raw text per input, as the store keeps it) into the values the
 * commands are filled with, and the messages to show next to each input. Only valid input ever
 * reaches a command: an invalid field leaves its placeholder in place.
 */

import type { PlaceholderValues } from './fill-command-template';
import { COMMAND_INPUT_NAMES, type CommandInputName } from './page-commands';
import {
  validateMailbox,
  validateRecipient,
  validateSenders,
  type RecipientCheck,
} from './validate-inputs';

export interface CommandInputChecks {
  /** The values to fill in: only inputs that are typed and valid. */
  values: PlaceholderValues;
  /** The messages for each input that is not valid, in order (none for an empty input). */
  problems: Readonly<Partial<Record<CommandInputName, readonly string[]>>>;
}

interface InputCheck {
  value?: string | readonly string[];
  problems: readonly string[];
}

function fromSingleCheck(check: RecipientCheck): InputCheck {
  if (check.status === 'valid') return { value: check.value, problems: [] };
  return { problems: check.status === 'invalid' ? [check.message] : [] };
}

/** How each input is checked; a Record, so a new input cannot be forgotten here. */
const CHECKS: Record<CommandInputName, (raw: string) => InputCheck> = {
  recipient: (raw) => fromSingleCheck(validateRecipient(raw)),
  mailbox: (raw) => fromSingleCheck(validateMailbox(raw)),
  internalGroup: (raw) => fromSingleCheck(validateRecipient(raw, 'The group')),
  senders: (raw) => {
    const { addresses, errors } = validateSenders(raw);
    // A list with a bad entry fills nothing: a command that silently skipped one sender would
    // look complete and be wrong.
    if (errors.length > 0) return { problems: errors.map((error) => error.message) };
    return addresses.length > 0 ? { value: addresses, problems: [] } : { problems: [] };
  },
};

function rawInput(inputs: Readonly<Record<string, string>>, name: CommandInputName): string {
  const value: unknown = Object.hasOwn(inputs, name) ? inputs[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/** Checks every input; what a page does not ask for simply stays empty. */
export function checkCommandInputs(inputs: Readonly<Record<string, string>>): CommandInputChecks {
  const values: Record<string, string | readonly string[]> = {};
  const problems: Partial<Record<CommandInputName, readonly string[]>> = {};
  for (const name of COMMAND_INPUT_NAMES) {
    const check = CHECKS[name](rawInput(inputs, name));
    if (check.value !== undefined) values[name] = check.value;
    if (check.problems.length > 0) problems[name] = check.problems;
  }
  return { values, problems };
}
