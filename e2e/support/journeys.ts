/** The answers from the start page to the PowerShell fix for a distribution group online. */
export const ADMIN_POWERSHELL_JOURNEY = {
  answers: [
    /I manage Exchange/,
    /Distribution group/,
    /Exchange Online/,
    /Accept mail from everyone/,
    /PowerShell/,
  ],
  path: '/admin/distribution-group/exchange-online/allow-everyone/powershell',
  title: 'Let everyone send to the group with Exchange Online PowerShell',
} as const;
