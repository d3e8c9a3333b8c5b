import { describe, expect, it } from 'vitest';
import { fixSummary } from '../../../content/fix-summary.test-helper';
import { fixBodyForAnswers } from '../../../content/only-blocks';
import { withVariants } from '../../../content/build/resolve-only-blocks';
import type { DocNode, FixBody, FixSummary } from '../../../content/model';
import {
  COMMAND_INPUT_NAMES,
  commandsIn,
  fixBodyCommands,
  fixBodySteps,
  inputFor,
  inputsForCommands,
  type CommandNode,
} from './page-commands';

const command = (template: string, language = 'powershell'): CommandNode => ({
  type: 'command',
  language,
  template,
});
const p = (...children: DocNode[]): DocNode => ({ type: 'element', tag: 'p', children });
const text = (value: string): DocNode => ({ type: 'text', value });
const summary: FixSummary = fixSummary('fix', { title: 'Fix' });

describe('the inputs a page asks for', () => {
  it('offers every input once, per-line placeholders folded into their list', () => {
    expect(COMMAND_INPUT_NAMES).toEqual(['recipient', 'mailbox', 'senders', 'internalGroup']);
  });

  it('maps a per-line placeholder to the list it repeats for, and ignores unknown names', () => {
    expect(inputFor('sender')).toBe('senders');
    expect(inputFor('recipient')).toBe('recipient');
    expect(inputFor('constructor')).toBeUndefined();
    expect(inputFor('nope')).toBeUndefined();
  });

  it('asks only for what the commands use, in the builder order', () => {
    expect(
      inputsForCommands([
        command('New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}'),
        command('Set-DistributionGroup -Identity {{recipient}}'),
      ]),
    ).toEqual(['recipient', 'senders']);
    expect(inputsForCommands([command('Set-CASMailbox -Identity {{mailbox}}')])).toEqual([
      'mailbox',
    ]);
  });

  it('asks for nothing when the commands have no placeholders or are not PowerShell', () => {
    expect(inputsForCommands([command('Connect-ExchangeOnline')])).toEqual([]);
    expect(inputsForCommands([command('{{recipient}}', 'text')])).toEqual([]);
    expect(inputsForCommands([])).toEqual([]);
  });
});

describe('the commands of a fix page', () => {
  const first = command('Connect-ExchangeOnline');
  const second = command('Set-DistributionGroup -Identity {{recipient}}');
  const verify = command('Get-DistributionGroup -Identity {{recipient}}');
  const body: FixBody = {
    id: 'fix',
    summary,
    intro: [p(text('Intro'))],
    sections: [
      {
        id: 'steps',
        title: 'Steps',
        blocks: [
          {
            type: 'element',
            tag: 'ol',
            children: [
              { type: 'element', tag: 'li', children: [p(text('Connect')), first] },
              { type: 'element', tag: 'li', children: [second] },
            ],
          },
        ],
        steps: [
          { number: 1, anchor: 'step-1', blocks: [p(text('Connect')), first] },
          { number: 2, anchor: 'step-2', blocks: [second] },
        ],
      },
      { id: 'verify', title: 'Verify', blocks: [p(text('Check:')), verify] },
    ],
  };

  it('finds nested command blocks in document order', () => {
    expect(
      commandsIn([p(text('a')), { type: 'element', tag: 'ul', children: [p(first)] }]),
    ).toEqual([first]);
  });

  it('collects every command of the body once, steps included', () => {
    expect(fixBodyCommands(body)).toEqual([first, second, verify]);
  });

  it('reads only the commands of the :::only blocks the page at its answers shows', () => {
    const modern = command(
      'Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous',
    );
    const legacy = command(
      'Remove-PublicFolderClientPermission -Identity {{mailbox}} -AccessRights CreateItems',
    );
    const unresolved: FixBody = {
      ...body,
      sections: [
        ...body.sections,
        {
          id: 'undo',
          title: 'Undo',
          blocks: [
            { type: 'only', when: { platform: ['exchange-server'] }, children: [modern] },
            { type: 'only', when: { platform: ['exchange-2010'] }, children: [p(legacy)] },
          ],
        },
      ],
    };
    // The build resolves the blocks for every position that reaches the page.
    const conditional = withVariants(unresolved, [
      { platform: 'exchange-server' },
      { platform: 'exchange-2010' },
    ]);
    const server = fixBodyForAnswers(conditional, { platform: 'exchange-server' });
    expect(fixBodyCommands(server)).toEqual([first, second, verify, modern]);
    expect(inputsForCommands(fixBodyCommands(server))).toEqual(['recipient']);
    const legacyPage = fixBodyForAnswers(conditional, { platform: 'exchange-2010' });
    expect(fixBodyCommands(legacyPage)).toEqual([first, second, verify, legacy]);
    expect(inputsForCommands(fixBodyCommands(legacyPage))).toEqual(['recipient', 'mailbox']);
    // Unresolved, a conditional block is shown nowhere, so its commands are not read either.
    expect(fixBodyCommands(unresolved)).toEqual([first, second, verify]);
  });

  it('returns the numbered steps, or none for a page without them', () => {
    expect(fixBodySteps(body).map((step) => step.anchor)).toEqual(['step-1', 'step-2']);
    expect(fixBodySteps({ id: 'x', summary, intro: [], sections: [] })).toEqual([]);
  });
});
