/**
 * Commands content may use that are not Exchange cmdlets: PowerShell's own, the directory sync
 * module, Windows tools. Each has its Microsoft reference; where `parameters` is given, the test
 * checks each parameter against it (the PowerShell common parameters are always allowed).
 */

export interface OtherCommand {
  source: string;
  /** The parameters it takes; undefined for a native program (its options are not -Names). */
  parameters?: readonly string[];
  /** The name content should write when this is an alias ("where" → "Where-Object"). */
  aliasOf?: string;
}

const PS = 'https://learn.microsoft.com/powershell/module/';
const SHOULD_PROCESS = ['WhatIf', 'Confirm'];
const COMPARISONS = [
  'EQ CEQ NE CNE GT CGT LT CLT GE CGE LE CLE Like CLike NotLike CNotLike Match CMatch',
  'NotMatch CNotMatch Contains CContains NotContains CNotContains In CIn NotIn CNotIn Is IsNot Not',
]
  .join(' ')
  .split(' ');

export const OTHER_COMMANDS: Record<string, OtherCommand> = {
  'Select-Object': {
    source: `${PS}microsoft.powershell.utility/select-object`,
    parameters: [
      'Property',
      'ExcludeProperty',
      'ExpandProperty',
      'Unique',
      'CaseInsensitive',
      'First',
      'Last',
      'Skip',
      'SkipLast',
      'Index',
      'SkipIndex',
      'Wait',
      'InputObject',
    ],
  },
  'Format-List': {
    source: `${PS}microsoft.powershell.utility/format-list`,
    parameters: ['Property', 'GroupBy', 'View', 'ShowError', 'DisplayError', 'Force', 'Expand'],
  },
  'Format-Table': {
    source: `${PS}microsoft.powershell.utility/format-table`,
    parameters: [
      'Property',
      'AutoSize',
      'RepeatHeader',
      'HideTableHeaders',
      'Wrap',
      'GroupBy',
      'View',
      'ShowError',
      'DisplayError',
      'Force',
      'Expand',
    ],
  },
  'Where-Object': {
    source: `${PS}microsoft.powershell.core/where-object`,
    parameters: ['FilterScript', 'Property', 'Value', 'InputObject', ...COMPARISONS],
  },
  'ForEach-Object': {
    source: `${PS}microsoft.powershell.core/foreach-object`,
    parameters: [
      'Process',
      'Begin',
      'End',
      'RemainingScripts',
      'MemberName',
      'ArgumentList',
      'Parallel',
      'ThrottleLimit',
      'TimeoutSeconds',
      'AsJob',
      'UseNewRunspace',
      'InputObject',
    ],
  },
  'Sort-Object': {
    source: `${PS}microsoft.powershell.utility/sort-object`,
    parameters: ['Property', 'Descending', 'Unique', 'Top', 'Bottom', 'Stable', 'CaseSensitive'],
  },
  'Measure-Object': {
    source: `${PS}microsoft.powershell.utility/measure-object`,
    parameters: ['Property', 'Sum', 'Average', 'Maximum', 'Minimum', 'Line', 'Word', 'Character'],
  },
  'Get-Date': {
    source: `${PS}microsoft.powershell.utility/get-date`,
    parameters: ['Date', 'Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Format', 'UFormat'],
  },
  'Export-Csv': {
    source: `${PS}microsoft.powershell.utility/export-csv`,
    parameters: [
      'Path',
      'LiteralPath',
      'NoTypeInformation',
      'Encoding',
      'Delimiter',
      'Append',
      'Force',
      'NoClobber',
      'UseCulture',
      ...SHOULD_PROCESS,
    ],
  },
  'Out-File': {
    source: `${PS}microsoft.powershell.utility/out-file`,
    parameters: ['FilePath', 'LiteralPath', 'Encoding', 'Append', 'Force', 'NoClobber', 'Width'],
  },
  'Install-Module': {
    source: `${PS}powershellget/install-module`,
    parameters: [
      'Name',
      'Scope',
      'Repository',
      'RequiredVersion',
      'MinimumVersion',
      'AllowClobber',
      'Force',
      ...SHOULD_PROCESS,
    ],
  },
  'Import-Module': {
    source: `${PS}microsoft.powershell.core/import-module`,
    parameters: ['Name', 'Force', 'MinimumVersion', 'RequiredVersion', 'Prefix', 'Scope'],
  },
  'Start-ADSyncSyncCycle': {
    source:
      'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler',
    parameters: ['PolicyType'],
  },
  'Get-ADSyncScheduler': {
    source:
      'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler',
    parameters: [],
  },
  repadmin: {
    source:
      'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2003/cc778305(v=ws.10)',
  },
  where: { source: `${PS}microsoft.powershell.core/where-object`, aliasOf: 'Where-Object' },
};

/** Parameters every cmdlet takes (about_CommonParameters). */
export const COMMON_PARAMETERS = [
  'Debug',
  'ErrorAction',
  'ErrorVariable',
  'InformationAction',
  'InformationVariable',
  'OutBuffer',
  'OutVariable',
  'PipelineVariable',
  'ProgressAction',
  'Verbose',
  'WarningAction',
  'WarningVariable',
];
