import { describe, expect, it } from 'vitest';
import { parsePowerShell } from './powershell-commands.ts';

const shape = (source: string) =>
  parsePowerShell(source).map((command) =>
    [command.name, ...command.parameters.map((parameter) => `-${parameter.name}`)].join(' '),
  );

describe('parsePowerShell', () => {
  it('finds each command of a pipeline and of several lines or statements', () => {
    expect(
      shape(
        'Get-Mailbox -Identity {{recipient}} | Format-List Name,RecipientTypeDetails\nSet-Mailbox -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false; Get-Date',
      ),
    ).toEqual([
      'Get-Mailbox -Identity',
      'Format-List',
      'Set-Mailbox -Identity -RequireSenderAuthenticationEnabled',
      'Get-Date',
    ]);
  });

  it('joins line continuations: a backtick, or a pipe at the end of a line', () => {
    expect(
      shape(
        'Set-DistributionGroup -Identity x `\n  -BypassSecurityGroupManagerCheck\nGet-Recipient |\n  Select-Object -ExpandProperty Name',
      ),
    ).toEqual([
      'Set-DistributionGroup -Identity -BypassSecurityGroupManagerCheck',
      'Get-Recipient',
      'Select-Object -ExpandProperty',
    ]);
  });

  it('reads assignments, (Get-X).Property, script blocks and hash tables', () => {
    expect(
      shape(
        [
          '$before = (Get-DistributionGroup -Identity {{recipient}}).AcceptMessagesOnlyFrom',
          '[string[]]$names = Get-Recipient -ResultSize Unlimited | Where-Object { $_.Name -like "a*" } | ForEach-Object { Set-MailContact -Identity $_ -HiddenFromAddressListsEnabled:$true }',
          'Set-Mailbox -Identity x -AcceptMessagesOnlyFrom @{Add=(Get-MailContact -Identity y).Identity}',
        ].join('\n'),
      ),
    ).toEqual([
      'Get-DistributionGroup -Identity',
      'Get-Recipient -ResultSize',
      'Where-Object',
      'ForEach-Object',
      'Set-MailContact -Identity -HiddenFromAddressListsEnabled',
      'Set-Mailbox -Identity -AcceptMessagesOnlyFrom',
      'Get-MailContact -Identity',
    ]);
  });

  it('leaves strings, comments, operators and OPATH filters alone', () => {
    expect(
      shape(
        [
          '# Set-Nothing -Here',
          'New-DynamicDistributionGroup -Name "All -Staff" -RecipientFilter {(RecipientType -eq \'UserMailbox\')} <# -Block #>',
          "Get-Mailbox -Filter \"Name -like 'x'\" | Where-Object { $_.Count -gt 1 -and $_.Name -ne 'it''s' }",
          'repadmin /syncall /AdeP',
        ].join('\n'),
      ),
    ).toEqual([
      'New-DynamicDistributionGroup -Name -RecipientFilter',
      'Get-Mailbox -Filter',
      'Where-Object',
      'repadmin',
    ]);
  });

  it('keeps the text of each command for messages', () => {
    expect(parsePowerShell('Get-X -A 1 | Format-List B').map((c) => c.text)).toEqual([
      'Get-X -A 1',
      'Format-List B',
    ]);
  });
});
