import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { codeHolds } from '../../../content/build/check-catalogue';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import {
  microsoftCodesFileSchema,
  type MicrosoftCode,
} from '../../../content/schemas/microsoft-codes-schema';
import { analyzeBounce, type BounceAnalysis, type BounceAnswers } from './analyze-bounce';
import { readBounceFile } from './read-bounce-file';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const fixturesDir = new URL('../fixtures/', import.meta.url);

type Narrowed = Pick<BounceAnalysis, 'recipientCandidates' | 'platformCandidates'>;

const ADMIN: BounceAnswers = { role: 'admin' };
/** A recipient synchronized from on-premises is changed there (a hybrid organization). */
const ON_PREMISES: BounceAnswers = { role: 'admin', platform: 'exchange-server' };

/**
 * Every fixture and what the analyzer must make of it. The file name says which catalogue entry
 * must match (the part before `--`); this table adds the kind, the recipient and the answers.
 */
const expectations: Array<
  [string, BounceAnalysis['kind'], string | undefined, BounceAnswers, Narrowed?]
> = [
  ['admin-error-cmdlet-not-recognized--powershell.txt', 'admin-error', undefined, ADMIN],
  [
    'admin-error-not-group-manager--eac.txt',
    'admin-error',
    undefined,
    ADMIN,
    { recipientCandidates: ['distribution-group', 'security-group'] },
  ],
  [
    'admin-error-not-group-manager--powershell.txt',
    'admin-error',
    undefined,
    ADMIN,
    { recipientCandidates: ['distribution-group', 'security-group'] },
  ],
  ['admin-error-object-ambiguous--powershell.txt', 'admin-error', undefined, ADMIN],
  ['admin-error-object-not-found--powershell.txt', 'admin-error', undefined, ADMIN],
  ['admin-error-parameter-not-found--powershell.txt', 'admin-error', undefined, ADMIN],
  [
    'admin-error-synced-group--powershell.txt',
    'admin-error',
    undefined,
    ON_PREMISES,
    { recipientCandidates: ['distribution-group', 'security-group'] },
  ],
  [
    'admin-error-synced-mail-user--powershell.txt',
    'admin-error',
    undefined,
    { role: 'admin', platform: 'exchange-server', recipient: 'mail-user' },
  ],
  [
    'admin-error-synced-mailbox--eac.txt',
    'admin-error',
    undefined,
    ON_PREMISES,
    { recipientCandidates: ['user-mailbox', 'shared-mailbox'] },
  ],
  ['admin-error-synced-object--powershell.txt', 'admin-error', undefined, ON_PREMISES],
  ['app-5-7-3-auth-unsuccessful--app-log.txt', 'app-side', undefined, { role: 'app' }],
  // A scanner's SMTP session log (the AUTH LOGIN exchange of RFC 4954) ending in Exchange
  // Online's bare "535 5.7.139 Authentication unsuccessful", as Microsoft's SMTP AUTH page
  // quotes its replies; the reason after the comma is missing in many device logs.
  [
    'app-5-7-3-auth-unsuccessful--smtp-auth-log-5-7-139.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-3-auth-unsuccessful--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-57-not-authenticated--app-log.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-57-not-authenticated--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  ['app-5-7-60-send-as--app-log.txt', 'app-side', undefined, { role: 'app' }],
  [
    'app-5-7-60-send-as--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-57-not-authenticated--dsn-bounce.eml',
    'app-side',
    'ronald@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-139-federated-sts--app-log.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-139-federated-sts--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-139-sign-in-refused--app-log.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-5-7-139-sign-in-refused--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-basic-auth-disabled--app-log.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-basic-auth-disabled--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-send-as-denied--app-log.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-send-as-denied--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-smtp-auth-disabled--app-log.txt',
    'app-side',
    undefined,
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'app-smtp-auth-disabled--dsn.eml',
    'app-side',
    'ops-alerts@contoso.com',
    { role: 'app', platform: 'exchange-online' },
  ],
  [
    'auth-required--dsn-exchange-2016.eml',
    'in-family',
    'allstaff@contoso.com',
    { platform: 'exchange-server' },
  ],
  [
    'auth-required--outlook-exchange-2007.txt',
    'in-family',
    'accounts@contoso.com',
    { platform: 'exchange-2007' },
  ],
  // The same Exchange 2010 NDR (KB 2773786's text) for a scanner's scan-to-email.
  [
    'auth-required--scanner-exchange-2010.txt',
    'in-family',
    'allstaff@contoso.com',
    { platform: 'exchange-2010' },
  ],
  [
    'auth-required--outlook-exchange-2010.txt',
    'in-family',
    'allstaff@contoso.com',
    { platform: 'exchange-2010' },
  ],
  [
    'auth-required--outlook-version-unknown.txt',
    'in-family',
    'projects@contoso.com',
    {},
    { platformCandidates: ['exchange-server', 'exchange-2010', 'exchange-2007'] },
  ],
  [
    'client-not-authenticated--dsn-5-7-1.eml',
    'ambiguous',
    'ronald@contoso.com',
    {},
    { platformCandidates: ['exchange-server', 'exchange-2010', 'exchange-2007'] },
  ],
  [
    'client-not-authenticated--outlook-on-premises.txt',
    'ambiguous',
    'ronald@contoso.com',
    {},
    { platformCandidates: ['exchange-server', 'exchange-2010', 'exchange-2007'] },
  ],
  ['dbeb-recipient-rejected--dsn.eml', 'unrelated', 'old-alias@contoso.com', {}],
  ['dbeb-recipient-rejected--outlook.txt', 'unrelated', 'old-alias@contoso.com', {}],
  [
    'delivery-not-authorized-5-7-1--dsn.eml',
    'ambiguous',
    'events@contoso.com',
    {},
    { platformCandidates: ['exchange-server', 'exchange-2010', 'exchange-2007'] },
  ],
  [
    'delivery-not-authorized-5-7-1--outlook.txt',
    'ambiguous',
    'events@contoso.com',
    { platform: 'exchange-online' },
  ],
  [
    'exo-5-7-12-organization-only--dsn.eml',
    'in-family',
    'jordan.lee@contoso.com',
    { platform: 'exchange-online' },
  ],
  [
    'exo-5-7-12-organization-only--outlook.txt',
    'in-family',
    'jordan.lee@contoso.com',
    { platform: 'exchange-online' },
  ],
  [
    'exo-5-7-124-not-allowed-sender--dsn.eml',
    'in-family',
    'finance-approvals@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['distribution-group', 'security-group', 'dynamic-distribution-group'] },
  ],
  [
    'exo-5-7-124-not-allowed-sender--outlook.txt',
    'in-family',
    'finance-approvals@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['distribution-group', 'security-group', 'dynamic-distribution-group'] },
  ],
  [
    'exo-5-7-129-accept-list--dsn.eml',
    'in-family',
    'ceo@contoso.com',
    { platform: 'exchange-online' },
  ],
  [
    'exo-5-7-129-accept-list--outlook.txt',
    'in-family',
    'ceo@contoso.com',
    { platform: 'exchange-online' },
  ],
  // Exchange Online's 5.7.133 DSN (Microsoft's 5.7.133 article's text) for a scanner's message.
  [
    'exo-5-7-133-group--scanner-dsn.eml',
    'in-family',
    'sales@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['distribution-group', 'security-group', 'dynamic-distribution-group'] },
  ],
  [
    'exo-5-7-133-group--dsn.eml',
    'in-family',
    'sales@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['distribution-group', 'security-group', 'dynamic-distribution-group'] },
  ],
  [
    'exo-5-7-133-group--outlook-new.txt',
    'in-family',
    'sales@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['distribution-group', 'security-group', 'dynamic-distribution-group'] },
  ],
  [
    'exo-5-7-133-group--outlook.txt',
    'in-family',
    'sales@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['distribution-group', 'security-group', 'dynamic-distribution-group'] },
  ],
  [
    'exo-5-7-134-mailbox--dsn.eml',
    'in-family',
    'reception@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['user-mailbox', 'shared-mailbox'] },
  ],
  [
    'exo-5-7-134-mailbox--outlook.txt',
    'in-family',
    'reception@contoso.com',
    { platform: 'exchange-online' },
    { recipientCandidates: ['user-mailbox', 'shared-mailbox'] },
  ],
  [
    'exo-5-7-135-public-folder--dsn-5-7-13.eml',
    'in-family',
    'orders-pf@contoso.com',
    { recipient: 'public-folder', platform: 'exchange-online' },
  ],
  [
    'exo-5-7-135-public-folder--outlook.txt',
    'in-family',
    'orders-pf@contoso.com',
    { recipient: 'public-folder', platform: 'exchange-online' },
  ],
  [
    'exo-5-7-136-mail-user--dsn.eml',
    'in-family',
    'kim.contractor@contoso.com',
    { recipient: 'mail-user', platform: 'exchange-online' },
  ],
  [
    'exo-5-7-136-mail-user--outlook.txt',
    'in-family',
    'kim.contractor@contoso.com',
    { recipient: 'mail-user', platform: 'exchange-online' },
  ],
  [
    'exo-5-7-193-microsoft-365-group--dsn.eml',
    'in-family',
    'project-apollo@contoso.com',
    { recipient: 'microsoft-365-group', platform: 'exchange-online' },
  ],
  [
    'exo-5-7-193-microsoft-365-group--outlook.txt',
    'in-family',
    'project-apollo@contoso.com',
    { recipient: 'microsoft-365-group', platform: 'exchange-online' },
  ],
  ['exo-5-7-64-tenant-attribution--dsn.eml', 'unrelated', 'orders@fabrikam.com', {}],
  ['exo-5-7-64-tenant-attribution--outlook.txt', 'unrelated', 'orders@fabrikam.com', {}],
  ['exo-banned-sending-ip--dsn.eml', 'unrelated', 'info@contoso.com', {}],
  ['exo-banned-sending-ip--outlook.txt', 'unrelated', 'info@contoso.com', {}],
  [
    'exo-public-folder-auth-required--dsn.eml',
    'in-family',
    'helpdesk-inbox@contoso.com',
    { recipient: 'public-folder', platform: 'exchange-online' },
  ],
  [
    'exo-public-folder-auth-required--outlook.txt',
    'in-family',
    'helpdesk-inbox@contoso.com',
    { recipient: 'public-folder', platform: 'exchange-online' },
  ],
  ['exo-submission-quota--dsn.eml', 'unrelated', 'newsletter-list@fabrikam.com', {}],
  ['exo-submission-quota--outlook.txt', 'unrelated', 'newsletter-list@fabrikam.com', {}],
  ['exo-4-3-2-recipient-thread-limit--outlook.txt', 'unrelated', 'pat.kim@contoso.com', {}],
  ['mailbox-full--dsn.eml', 'unrelated', 'pat.kim@contoso.com', {}],
  ['mailbox-full--outlook.txt', 'unrelated', 'pat.kim@contoso.com', {}],
  ['message-expired--dsn.eml', 'unrelated', 'sam@fabrikam-partner.example', {}],
  ['message-expired--outlook.txt', 'unrelated', 'sam@fabrikam-partner.example', {}],
  ['message-too-large--outlook.txt', 'unrelated', 'archive@contoso.com', {}],
  [
    'not-authorized--dsn-exchange-online.eml',
    'in-family',
    'board@contoso.com',
    { platform: 'exchange-online' },
  ],
  [
    'not-authorized--outlook-exchange-2016.txt',
    'in-family',
    'board@contoso.com',
    { platform: 'exchange-server' },
  ],
  ['relay-denied--dsn-postfix.eml', 'unrelated', 'partner@fabrikam-partner.example', {}],
  ['relay-denied--outlook.txt', 'unrelated', 'partner@fabrikam-partner.example', {}],
  ['relay-non-accepted-domain--dsn.eml', 'unrelated', 'someone@gmail.example', {}],
  ['relay-non-accepted-domain--outlook.txt', 'unrelated', 'someone@gmail.example', {}],
  ['spam-blocklist--dsn-content-filter.eml', 'unrelated', 'info@contoso.com', {}],
  ['spam-blocklist--outlook.txt', 'unrelated', 'info@contoso.com', {}],
  [
    'state-14-user-unknown--dsn.eml',
    'in-family',
    'accounts@contoso.com',
    {},
    { platformCandidates: ['exchange-2010', 'exchange-2007'] },
  ],
  [
    'state-14-user-unknown--gmail.txt',
    'in-family',
    'accounts@contoso.com',
    {},
    { platformCandidates: ['exchange-2010', 'exchange-2007'] },
  ],
  ['transport-rule-rejected--dsn-5-7-900.eml', 'unrelated', 'legal@contoso.com', {}],
  ['transport-rule-rejected--outlook.txt', 'unrelated', 'legal@contoso.com', {}],
  ['unknown-recipient--dsn.eml', 'unrelated', 'jon.doe@contoso.com', {}],
  ['unknown-recipient--outlook-5-1-10.txt', 'unrelated', 'jon.doe@contoso.com', {}],
  ['unknown-recipient--outlook-exchange-2007.txt', 'unrelated', 'j.doe@contoso.com', {}],
];

async function analyzeFixture(name: string): Promise<BounceAnalysis> {
  const bytes = readFileSync(new URL(name, fixturesDir));
  const { text } = await readBounceFile(bytes, name);
  return analyzeBounce(text, catalogue);
}

describe('fixture corpus', () => {
  it('has an expectation for every fixture file and a file for every expectation', () => {
    const files = readdirSync(fixturesDir)
      .filter((name) => /\.(txt|eml)$/.test(name))
      .sort();
    expect(expectations.map(([name]) => name).sort()).toEqual(files);
  });

  /**
   * Entries that lead into the wizard's paths (in the family, app side, ambiguous) are tested on
   * whole bounces: an Outlook-rendered text and a raw DSN each. Admin errors are pasted text, so
   * one .txt each. Every other entry is tested on its `examples` lines below (the content build
   * requires them), which is where the many documented codes outside the family are covered.
   */
  it('covers every entry on the wizard’s paths as .eml and .txt, and every admin error as .txt', () => {
    const files = readdirSync(fixturesDir);
    const forms = (id: string) => files.filter((name) => name.startsWith(`${id}--`));
    for (const entry of catalogue.entries) {
      const own = forms(entry.id);
      if (entry.kind === 'admin-error') {
        expect(
          own.some((name) => name.endsWith('.txt')),
          `${entry.id} as text`,
        ).toBe(true);
      } else if (entry.kind !== 'unrelated') {
        expect(
          own.some((name) => name.endsWith('.eml')),
          `${entry.id} as .eml`,
        ).toBe(true);
        expect(
          own.some((name) => name.endsWith('.txt')),
          `${entry.id} as text`,
        ).toBe(true);
      }
    }
  });

  it.each(expectations)('analyses %s', async (name, kind, recipient, answers, narrowed = {}) => {
    const result = await analyzeFixture(name);
    expect(result.entry?.id).toBe(name.split('--')[0]);
    expect(result.kind).toBe(kind);
    expect(result.recipient).toBe(recipient);
    expect(result.answers).toEqual(answers);
    expect(result.recipientCandidates).toEqual(narrowed.recipientCandidates);
    expect(result.platformCandidates).toEqual(narrowed.platformCandidates);
  });
});

describe('catalogue examples', () => {
  const cases = catalogue.entries.flatMap((entry) =>
    (entry.examples ?? []).map((line) => [entry.id, line] as const),
  );

  it('are many: every entry that matches more than a wildcard has some', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases)('analyze an example of %s as that entry: %s', (id, line) => {
    expect(analyzeBounce(line, catalogue).entry?.id).toBe(id);
  });
});

describe('Microsoft’s documented NDR codes', () => {
  const list = microsoftCodesFileSchema.parse(
    parseYaml(
      readFileSync(
        new URL('../../../../content/microsoft-ndr-codes.yaml', import.meta.url),
        'utf8',
      ),
    ),
  );

  /** The codes a row stands for: the code, or a range's first, middle and last. */
  function codesOf(code: string): string[] {
    const [prefix, low, high] = /^(\d\.\d+)\.(\d+)(?:-(\d+))?$/.exec(code)?.slice(1) ?? [];
    if (high === undefined) return [code];
    const middle = Math.floor((Number(low) + Number(high)) / 2);
    return [low, String(middle), high].map((detail) => `${prefix}.${detail}`);
  }

  /** The documented wording as an NDR carries it: after the reply and the code, unless it has them. */
  function linesOf(row: MicrosoftCode): Array<[string | undefined, string]> {
    if (row.code === undefined) return [[undefined, row.text ?? '']];
    return codesOf(row.code).map((code) => {
      const reply = code.startsWith('4.') ? '451' : '550';
      const text = row.text ?? '';
      return [code, text.includes(code) ? text : `${reply} ${code} ${text}`.trim()];
    });
  }

  const cases = list.codes.flatMap((row) =>
    linesOf(row).map(([code, line]) => [row.code ?? 'n/a', line, code, row] as const),
  );

  it('lists the 65 codes and 3 ranges of Exchange Online’s table, and Exchange Server’s', () => {
    const fromTable = (source: string) =>
      new Set(list.codes.filter((row) => row.source === source).flatMap((row) => row.code ?? []));
    const online = [...fromTable('exo-ndr-table')];
    expect(online.filter((code) => code.includes('-'))).toHaveLength(3);
    expect(online.filter((code) => !code.includes('-'))).toHaveLength(65);
    expect(fromTable('exs-ndr-table').size).toBe(28);
  });

  it.each(cases)('land %s "%s" on its own entry, never a generic one', (_code, line, code, row) => {
    const result = analyzeBounce(line, catalogue);
    const entry = result.entry;
    expect(entry, line).toBeDefined();
    if (!entry) return;
    if (code !== undefined) {
      // Its own entry lists the code (or a range that holds it); a wildcard is the generic text.
      expect(
        entry.codes.some((spec) => codeHolds(spec, code)),
        `${entry.id} for ${code}`,
      ).toBe(true);
    }
    if (row.text !== undefined) {
      // And it is the entry that claims this wording as one of its examples.
      expect(
        (entry.examples ?? []).some((example) => example.includes(row.text ?? '')),
        `${entry.id} claims "${row.text}"`,
      ).toBe(true);
    }
  });
});

describe('review findings on the app-side codes', () => {
  it('lands 5.7.57’s documented text on the 5.7.57 entry, not on the ambiguous one', () => {
    const result = analyzeBounce(
      '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM',
      catalogue,
    );
    expect(result.entry?.id).toBe('app-5-7-57-not-authenticated');
    expect(result.kind).toBe('app-side');
  });

  it.each([
    ['SmtpClientAuthentication is disabled for the Mailbox.', 'app-smtp-auth-disabled'],
    ['basic authentication is disabled.', 'app-basic-auth-disabled'],
    [
      "user is locked by your organization's security defaults policy. Contact your administrator.",
      'app-basic-auth-disabled',
    ],
    ['the federated STS service was unreachable.', 'app-5-7-139-federated-sts'],
    [
      'the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
      'app-5-7-139-sign-in-refused',
    ],
  ])('surfaces the inner reason of .NET’s combined 5.7.57 line: %s', (reason, id) => {
    const line = `System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, ${reason} [BN0PR04CA0011.namprd04.prod.outlook.com]`;
    expect(analyzeBounce(line, catalogue).entry?.id).toBe(id);
  });
});
