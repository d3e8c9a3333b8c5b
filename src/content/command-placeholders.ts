/**
 * The placeholders a PowerShell block in content may use, and what the command builder asks for
 * each: `label` names its input field, `hint` is the example under it, `noun` names the value in
 * sentences ("type the recipient above"). A line with a per-line placeholder is repeated once per item of its list, which is
 * the field the builder asks for.
 */
export const COMMAND_PLACEHOLDERS = {
  recipient: {
    label: 'Recipient (name, alias or email address)',
    hint: 'As the bounce names it, for example sales@contoso.com or Sales Team.',
    noun: 'the recipient',
    kind: 'single',
  },
  mailbox: {
    label: 'Mailbox the app sends as (email address)',
    hint: 'The address the app signs in with and sends from, for example scanner@contoso.com.',
    noun: 'the mailbox the app sends as',
    kind: 'single',
  },
  senders: {
    label: 'Outside senders to allow (one email address per line)',
    hint: 'For example partner@fabrikam.com. Commas and "Name <address>" work too.',
    noun: 'the outside senders',
    kind: 'list',
  },
  sender: {
    label: 'One outside sender (repeated for each)',
    noun: 'the outside senders',
    kind: 'per-line',
    list: 'senders',
  },
  internalGroup: {
    label: 'Group that holds everyone inside your organization (name or email address)',
    hint: 'For example All internal users: the group you put on the list so colleagues can still write.',
    noun: 'the group that holds everyone inside',
    kind: 'single',
  },
} as const;

export type CommandPlaceholder = keyof typeof COMMAND_PLACEHOLDERS;

export const KNOWN_PLACEHOLDER_NAMES = Object.keys(COMMAND_PLACEHOLDERS) as CommandPlaceholder[];

/**
 * The one mapping of per-line placeholders to the list each repeats its line for (`sender` →
 * `senders`), read from COMMAND_PLACEHOLDERS: the content check and the command builder both use it.
 */
export const PER_LINE_PLACEHOLDERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COMMAND_PLACEHOLDERS).flatMap(([name, placeholder]) =>
    placeholder.kind === 'per-line' ? [[name, placeholder.list]] : [],
  ),
);
