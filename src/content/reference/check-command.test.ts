import { describe, expect, it } from 'vitest';
import { checkCommand } from './check-command.ts';
import { parsePowerShell } from './powershell-commands.ts';

const check = (source: string, platform: string) =>
  parsePowerShell(source).flatMap((command) => checkCommand(command, platform));

describe('checkCommand', () => {
  it('accepts a command whose cmdlet and parameters exist on the platform', () => {
    const command =
      'Set-DistributionGroup -Identity x -RequireSenderAuthenticationEnabled $false -BypassSecurityGroupManagerCheck';
    expect(check(command, 'exchange-online')).toEqual([]);
    expect(check(command, 'exchange-server')).toEqual([]);
    expect(check(command, 'exchange-2010')).toEqual([]);
  });

  it('rejects a parameter of another version, naming the versions it is missing from', () => {
    const command =
      'Remove-PublicFolderClientPermission -Identity x -User Anonymous -AccessRights CreateItems';
    expect(check(command, 'exchange-2010')).toEqual([]);
    expect(check(command, 'exchange-server')).toEqual([
      '-AccessRights is not on Exchange Server 2013, Exchange Server 2016, Exchange Server 2019, Exchange Server Subscription Edition',
    ]);
    expect(check(command, 'exchange-online')).toEqual(['-AccessRights is not on Exchange Online']);
  });

  it('rejects an unknown cmdlet or parameter, and abbreviations, aliases and wrong case', () => {
    expect(check('Set-DistributionGroupX -Identity x', 'exchange-online')).toEqual([
      "Set-DistributionGroupX is neither in Microsoft's Exchange reference table nor in the list of other commands (src/content/reference/other-commands.ts)",
    ]);
    expect(
      check(
        'Set-Mailbox -Identity x -Made-Up 1 -RequireSender $true -identity y -cf',
        'exchange-online',
      ),
    ).toEqual([
      '-Made-Up is not a parameter of this cmdlet',
      '-RequireSender is an abbreviation of -RequireSenderAuthenticationEnabled: write the full name',
      '-identity is written -Identity in the reference',
      '-cf is an alias of -Confirm: write the full name',
    ]);
    expect(check('get-mailbox -Identity x', 'exchange-online')).toEqual([
      'get-mailbox is written Get-Mailbox',
    ]);
  });

  it('rejects the parameters the reference says cannot be combined', () => {
    expect(
      check(
        'Set-Mailbox -Identity x -AcceptMessagesOnlyFrom a -AcceptMessagesOnlyFromDLMembers b -AcceptMessagesOnlyFromSendersOrMembers c -RejectMessagesFrom d -RejectMessagesFromSendersOrMembers e',
        'exchange-online',
      ),
    ).toEqual([
      "-AcceptMessagesOnlyFrom and -AcceptMessagesOnlyFromSendersOrMembers can't be used in the same command (Microsoft's reference)",
      "-AcceptMessagesOnlyFromDLMembers and -AcceptMessagesOnlyFromSendersOrMembers can't be used in the same command (Microsoft's reference)",
      "-RejectMessagesFrom and -RejectMessagesFromSendersOrMembers can't be used in the same command (Microsoft's reference)",
    ]);
    expect(
      check(
        'New-DynamicDistributionGroup -Name a -IncludedRecipients MailboxUsers -RecipientFilter "x"',
        'exchange-server',
      ),
    ).toEqual([
      "-IncludedRecipients and -RecipientFilter can't be used in the same command (Microsoft's reference)",
    ]);
  });

  it('checks Exchange 2007 against the hand-made 2007 table', () => {
    expect(
      check(
        'Set-DistributionGroup -Identity x -RequireSenderAuthenticationEnabled $false',
        'exchange-2007',
      ),
    ).toEqual([]);
    expect(
      check('Set-DistributionGroup -Identity x -BypassSecurityGroupManagerCheck', 'exchange-2007'),
    ).toEqual([
      '-BypassSecurityGroupManagerCheck is not on Exchange Server 2007: not in the Exchange 2007 syntax (the switch arrived in Exchange 2010)',
    ]);
    expect(check('Get-UnifiedGroup -Identity x', 'exchange-2007')[0]).toMatch(
      /not in the Exchange 2007 table/,
    );
  });

  it('checks the other commands and their parameters', () => {
    expect(
      check(
        'Get-Mailbox -Identity x | Select-Object -ExpandProperty AcceptMessagesOnlyFrom',
        'exchange-online',
      ),
    ).toEqual([]);
    expect(
      check(
        'Get-Mailbox -Identity x | Select-Object -Expand AcceptMessagesOnlyFrom',
        'exchange-online',
      ),
    ).toEqual(['-Expand is an abbreviation of -ExpandProperty: write the full name']);
    expect(check('repadmin /syncall /AdeP', 'exchange-server')).toEqual([]);
    expect(check('Start-ADSyncSyncCycle -PolicyType Delta', 'exchange-online')).toEqual([]);
  });
});
