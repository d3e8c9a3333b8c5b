/**
 * The placeholders a PowerShell block in content may use, and what the command builder asks for
 * each. A line with a per-line placeholder is repeated once per item of its list.
 */
export const COMMAND_PLACEHOLDERS = {
  recipient: { label: 'Recipient (name, alias or email address)', kind: 'single' },
  mailbox: { label: 'Mailbox the app sends as (email address)', kind: 'single' },
  senders: { label: 'Outside senders to allow (one email address per line)', kind: 'list' },
  sender: { label: 'One outside sender (repeated for each)', kind: 'per-line', list: 'senders' },
  internalGroup: {
    label: 'Group that holds everyone inside your organization (name or email address)',
    kind: 'single',
  },
} as const;

export type CommandPlaceholder = keyof typeof COMMAND_PLACEHOLDERS;

export const KNOWN_PLACEHOLDER_NAMES = Object.keys(COMMAND_PLACEHOLDERS) as CommandPlaceholder[];
export const PER_LINE_PLACEHOLDER_NAMES: CommandPlaceholder[] = ['sender'];
