/**
 * Exchange 2007 is not in Microsoft's current cmdlet reference, so the cmdlets and parameters
 * that exchange-2007 pages use are listed here by hand, from the Exchange 2007 SP1–SP3 reference
 * (learn.microsoft.com/previous-versions/office/exchange-server-2007/…, formerly TechNet).
 *
 * `confirmed` says whether the parameter was read in that page's syntax (checked with the search
 * tool's pages corpus, 2026-12); `false` means the page could not be read that far, so the
 * parameter is assumed and must be confirmed. `urlConfirmed: false` marks an address that was not
 * found (the id is the one the Exchange 2010 page uses, which Microsoft usually shares across
 * versions). `absent` lists parameters the 2007 syntax does not have, with the reason a test gives.
 */

export interface Exchange2007Cmdlet {
  url?: string;
  urlConfirmed: boolean;
  /** Parameter → confirmed in the 2007 syntax. */
  parameters: Record<string, boolean>;
  absent?: Record<string, string>;
  /** Pairs of parameters that are in different parameter sets. */
  exclusive?: [string, string][];
  note?: string;
}

const PREVIOUS = 'https://learn.microsoft.com/previous-versions/office/exchange-server-2007/';
const page = (id: string) => `${PREVIOUS}${id}(v=exchg.80)`;
const NO_SENDERS_OR_MEMBERS =
  'Exchange 2007 has no combined list; it arrived in Exchange 2010 (use AcceptMessagesOnlyFrom and AcceptMessagesOnlyFromDLMembers)';
const RESTRICTIONS = {
  Identity: true,
  AcceptMessagesOnlyFrom: true,
  AcceptMessagesOnlyFromDLMembers: true,
  RequireSenderAuthenticationEnabled: true,
};

export const EXCHANGE_2007_CMDLETS: Record<string, Exchange2007Cmdlet> = {
  'Set-Mailbox': {
    url: page('bb123981'),
    urlConfirmed: true,
    parameters: { ...RESTRICTIONS, RequireSenderAuthenticationEnabled: false },
    absent: { AcceptMessagesOnlyFromSendersOrMembers: NO_SENDERS_OR_MEMBERS },
    note: 'RequireSenderAuthenticationEnabled: the syntax excerpt read ends before it (it is on Set-DistributionGroup, Set-MailUser and Set-MailPublicFolder in 2007)',
  },
  'Set-MailUser': {
    url: page('aa995971'),
    urlConfirmed: true,
    parameters: RESTRICTIONS,
    absent: { AcceptMessagesOnlyFromSendersOrMembers: NO_SENDERS_OR_MEMBERS },
  },
  'Set-DistributionGroup': {
    url: page('bb124955'),
    urlConfirmed: true,
    parameters: { ...RESTRICTIONS, ManagedBy: true },
    absent: {
      AcceptMessagesOnlyFromSendersOrMembers: NO_SENDERS_OR_MEMBERS,
      BypassSecurityGroupManagerCheck:
        'not in the Exchange 2007 syntax (the switch arrived in Exchange 2010)',
    },
  },
  'Set-DynamicDistributionGroup': {
    url: page('bb123796'),
    urlConfirmed: true,
    parameters: { ...RESTRICTIONS, RequireSenderAuthenticationEnabled: false },
    absent: { AcceptMessagesOnlyFromSendersOrMembers: NO_SENDERS_OR_MEMBERS },
    note: 'RequireSenderAuthenticationEnabled: the syntax excerpt read ends before it',
  },
  'Set-MailPublicFolder': {
    url: page('bb123707'),
    urlConfirmed: true,
    parameters: RESTRICTIONS,
    absent: { AcceptMessagesOnlyFromSendersOrMembers: NO_SENDERS_OR_MEMBERS },
  },
  'New-MailContact': {
    url: page('bb124519'),
    urlConfirmed: true,
    parameters: { Name: true, ExternalEmailAddress: true, OrganizationalUnit: true, Alias: true },
  },
  'New-DynamicDistributionGroup': {
    url: page('bb125127'),
    urlConfirmed: true,
    parameters: {
      Name: true,
      IncludedRecipients: true,
      RecipientFilter: true,
      OrganizationalUnit: true,
      RecipientContainer: true,
    },
    exclusive: [['IncludedRecipients', 'RecipientFilter']],
  },
  'Get-Mailbox': {
    url: page('bb123685'),
    urlConfirmed: true,
    parameters: { Identity: true, Filter: true, ResultSize: true, RecipientTypeDetails: true },
  },
  'Get-Recipient': {
    url: page('aa996921'),
    urlConfirmed: true,
    parameters: {
      Identity: true,
      RecipientPreviewFilter: true,
      RecipientTypeDetails: true,
      ResultSize: true,
    },
    exclusive: [['Identity', 'RecipientPreviewFilter']],
  },
  'Get-DistributionGroupMember': {
    url: page('aa996367'),
    urlConfirmed: true,
    parameters: { Identity: true, ResultSize: true },
  },
  'Get-TransportRule': {
    url: page('aa998585'),
    urlConfirmed: true,
    parameters: { Identity: true, State: true },
  },
  'Get-MailUser': { urlConfirmed: false, parameters: { Identity: false } },
  'Get-DistributionGroup': { urlConfirmed: false, parameters: { Identity: false } },
  'Get-DynamicDistributionGroup': { urlConfirmed: false, parameters: { Identity: false } },
  'Get-MailPublicFolder': { urlConfirmed: false, parameters: { Identity: false } },
  'Add-PublicFolderClientPermission': {
    url: page('bb124743'),
    urlConfirmed: false,
    parameters: { Identity: true, User: true, AccessRights: true, Server: true },
    note: 'parameters read on a copy of the Exchange 2007 SP1 page; the learn.microsoft.com address was not found',
  },
  'Remove-PublicFolderClientPermission': {
    url: page('bb124573'),
    urlConfirmed: true,
    parameters: { Identity: true, User: true, AccessRights: true, Server: true },
  },
  'Get-PublicFolderClientPermission': {
    url: page('bb124365'),
    urlConfirmed: false,
    parameters: { Identity: true, User: true, Server: true },
    note: 'parameters read on a copy of the Exchange 2007 SP1 page; the learn.microsoft.com address was not found',
  },
  'Get-ADPermission': {
    url: page('bb125183'),
    urlConfirmed: false,
    parameters: { Identity: false, User: false },
    note: 'the 2007 page was not found; Identity and User are confirmed for Exchange 2010',
  },
  'Get-MessageTrackingLog': {
    url: page('aa997573'),
    urlConfirmed: true,
    parameters: {
      Sender: true,
      Recipients: true,
      Start: true,
      End: true,
      EventId: true,
      MessageSubject: true,
      ResultSize: true,
      Server: true,
    },
  },
  'Get-ReceiveConnector': { urlConfirmed: false, parameters: { Identity: false, Server: false } },
  'New-ReceiveConnector': {
    url: page('bb125139'),
    urlConfirmed: true,
    parameters: {
      Name: true,
      Bindings: true,
      RemoteIPRanges: true,
      Custom: true,
      AuthMechanism: true,
      PermissionGroups: true,
      Server: true,
    },
  },
  'Set-ReceiveConnector': {
    url: page('bb125140'),
    urlConfirmed: true,
    parameters: {
      Identity: true,
      AuthMechanism: true,
      PermissionGroups: true,
      RemoteIPRanges: true,
      Bindings: true,
    },
  },
  'Remove-ReceiveConnector': {
    url: page('bb676388'),
    urlConfirmed: true,
    parameters: { Identity: true },
    note: 'read on the Exchange 2007 RTM page',
  },
};
