import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { analyzeBounce, type BounceAnalysis, type BounceAnswers } from './analyze-bounce';
import { readBounceFile } from './read-bounce-file';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const fixturesDir = new URL('../fixtures/', import.meta.url);

type Narrowed = Pick<BounceAnalysis, 'recipientCandidates' | 'platformCandidates'>;

/**
 * Every fixture and what the analyzer must make of it. The file name says which catalogue entry
 * must match (the part before `--`); this table adds the kind, the recipient and the answers.
 */
const expectations: Array<
  [string, BounceAnalysis['kind'], string | undefined, BounceAnswers, Narrowed?]
> = [
  ['app-5-7-3-auth-unsuccessful--app-log.txt', 'app-side', undefined, { role: 'app' }],
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
    'client-not-authenticated--dsn-5-7-57.eml',
    'ambiguous',
    'ronald@contoso.com',
    { platform: 'exchange-online' },
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
  ['exo-5-7-13-account-disabled--dsn.eml', 'unrelated', 'former.employee@contoso.com', {}],
  ['exo-5-7-13-account-disabled--outlook.txt', 'unrelated', 'former.employee@contoso.com', {}],
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
  ['generic-5-3-mail-system--outlook.txt', 'unrelated', 'archive@contoso.com', {}],
  ['generic-transient--outlook.txt', 'unrelated', 'pat.kim@contoso.com', {}],
  ['mailbox-full--dsn.eml', 'unrelated', 'pat.kim@contoso.com', {}],
  ['mailbox-full--outlook.txt', 'unrelated', 'pat.kim@contoso.com', {}],
  ['message-expired--dsn.eml', 'unrelated', 'sam@fabrikam-partner.example', {}],
  ['message-expired--outlook.txt', 'unrelated', 'sam@fabrikam-partner.example', {}],
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

  it('covers every catalogue entry that is not a generic meaning, in an Outlook and a raw DSN form', () => {
    const files = readdirSync(fixturesDir);
    for (const entry of catalogue.entries.filter(
      (candidate) => !candidate.id.startsWith('generic-'),
    )) {
      const forms = files.filter((name) => name.startsWith(`${entry.id}--`));
      expect(
        forms.some((name) => name.endsWith('.eml')),
        `${entry.id} as .eml`,
      ).toBe(true);
      expect(
        forms.some((name) => name.endsWith('.txt')),
        `${entry.id} as text`,
      ).toBe(true);
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
