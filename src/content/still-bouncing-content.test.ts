import { projectContentBuild } from './build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { textOf } from './build/split-fix-body.ts';
import type { DocNode, FixBody, FixSummary } from './model.ts';
import { enumeratePositions } from './enumerate-positions.ts';
import { resolvePosition, segmentsFromPath } from './resolve-position.ts';

/**
 * The troubleshooting path (/still-bouncing/…), checked against the real content: it is a path of
 * questions, every cause it must cover ends on its own page, and every page holds a check and a
 * fix that exist on the page's platform and belong to the page's recipient type.
 */

const { bundle, problems } = projectContentBuild();
if (!bundle)
  throw new Error(`content/ does not build:\n${problems.map((p) => p.message).join('\n')}`);
const content = { tree: bundle.tree, fixes: bundle.fixes };
const at = (path: string) => resolvePosition(content, segmentsFromPath(path));
const fixAt = (path: string) => {
  const position = at(path);
  return position.kind === 'fix' ? position.fix.id : `${position.kind} at ${path}`;
};

const ON_PREMISES = ['exchange-server', 'exchange-2010', 'exchange-2007'];

function commandsOf(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'command'
      ? node.template.split('\n')
      : node.type === 'element'
        ? commandsOf(node.children)
        : [],
  );
}

interface Page {
  summary: FixSummary;
  body: FixBody;
  text: string;
  lines: string[];
}

const pages: Page[] = Object.entries(bundle.fixFiles)
  .filter(([, file]) => file.startsWith('content/fixes/still-bouncing/'))
  .map(([id]) => {
    const body = bundle.bodies[id]!;
    const nodes = [...body.intro, ...body.sections.flatMap((section) => section.blocks)];
    return {
      summary: bundle.fixes.find((fix) => fix.id === id)!,
      body,
      text: [
        textOf(body.intro),
        ...body.sections.map((s) => `${s.title}\n${textOf(s.blocks)}`),
      ].join('\n'),
      lines: commandsOf(nodes),
    };
  });
const rows = pages.map((page) => [page.summary.id, page] as const);

describe('the path of questions', () => {
  it('starts from the first question and asks the platform, then the recipient, then the symptom', () => {
    expect(at('/still-bouncing').kind === 'question' && at('/still-bouncing')).toMatchObject({
      question: { key: 'platform' },
    });
    const recipient = at('/still-bouncing/exchange-2010');
    expect(recipient.kind === 'question' && recipient.question.key).toBe('recipient');
    const symptom = at('/still-bouncing/exchange-2010/mail-user');
    expect(symptom.kind === 'question' && symptom.question.key).toBe('method');
    const check = at('/still-bouncing/exchange-2010/mail-user/same-bounce');
    expect(check.kind === 'question' && check.question.key).toBe('surface');
  });

  it('offers a Microsoft 365 group and moderation only where they exist', () => {
    expect(at('/still-bouncing/exchange-online/microsoft-365-group').kind).toBe('question');
    expect(at('/still-bouncing/exchange-server/microsoft-365-group').kind).toBe('not-found');
    expect(at('/still-bouncing/exchange-2007/distribution-group/awaiting-approval').kind).toBe(
      'not-found',
    );
  });

  it('ends every branch on a page of the path', () => {
    const ends = enumeratePositions(content).filter(
      (position) => position.kind === 'fix' && position.path.startsWith('/still-bouncing/'),
    );
    expect(ends.length).toBeGreaterThan(150);
    const ids = new Set(pages.map((page) => page.summary.id));
    for (const end of ends) expect(ids.has(end.kind === 'fix' ? end.id : ''), end.path).toBe(true);
  });
});

describe('every cause has its own answer', () => {
  it.each([
    [
      'the change has not replicated or synced yet',
      '/still-bouncing/exchange-server/distribution-group/same-bounce/same-recipient',
      'still-bouncing-wait-on-premises-group',
    ],
    [
      'the change has not reached Exchange Online yet',
      '/still-bouncing/exchange-online/shared-mailbox/same-bounce/same-recipient',
      'still-bouncing-wait-online-mailbox',
    ],
    [
      'the object is synchronized from on-premises',
      '/still-bouncing/exchange-online/distribution-group/same-bounce/synced-from-on-premises',
      'still-bouncing-synced',
    ],
    [
      'a list is still set (5.7.124)',
      '/still-bouncing/exchange-online/distribution-group/not-on-list',
      'still-bouncing-list-group',
    ],
    [
      'a list is still set on Exchange 2007',
      '/still-bouncing/exchange-2007/user-mailbox/not-on-list',
      'still-bouncing-list-2007-mailbox',
    ],
    [
      'a nested restricted group',
      '/still-bouncing/exchange-2010/security-group/same-bounce/member-group',
      'still-bouncing-member-group',
    ],
    [
      'moderation',
      '/still-bouncing/exchange-online/dynamic-distribution-group/awaiting-approval',
      'still-bouncing-moderation-dynamic-group',
    ],
    [
      'a mail flow rule rejecting with 5.7.900–5.7.999',
      '/still-bouncing/exchange-online/mail-user/rule-code',
      'still-bouncing-rule-online',
    ],
    [
      'a Microsoft 365 group mistaken for a distribution group',
      '/still-bouncing/exchange-online/distribution-group/same-bounce/is-microsoft-365-group',
      'still-bouncing-m365-group',
    ],
    [
      'a public folder without Anonymous CreateItems',
      '/still-bouncing/exchange-server/public-folder/same-bounce/anonymous-cannot-post',
      'still-bouncing-public-folder-anonymous',
    ],
    [
      'a dynamic group whose members are not calculated yet',
      '/still-bouncing/exchange-online/dynamic-distribution-group/nobody-receives',
      'still-bouncing-dynamic-members',
    ],
    [
      'an internal group on the list with no members yet',
      '/still-bouncing/exchange-online/user-mailbox/colleagues-bounce',
      'still-bouncing-internal-online',
    ],
    [
      'the message goes to a different recipient',
      '/still-bouncing/exchange-2007/mail-user/same-bounce/other-recipient',
      'still-bouncing-other-recipient',
    ],
  ])('%s', (_cause, path, id) => {
    expect(fixAt(path)).toBe(id);
  });
});

describe('every page of the path', () => {
  it.each(rows)(
    '%s has steps, a Verify and a Test section, sources and a review date',
    (_id, page) => {
      const steps = page.body.sections.find((section) => section.id === 'steps')?.steps ?? [];
      expect(steps.length).toBeGreaterThanOrEqual(3);
      const titles = page.body.sections.map((section) => section.title);
      expect(titles).toEqual(expect.arrayContaining(['Steps', 'Verify', 'Test']));
      expect(page.summary.reviewed).toBe('2026-12-02');
      expect(page.summary.sources.length).toBeGreaterThan(0);
      for (const source of page.summary.sources) expect(source.url).toMatch(/^https:\/\//);
    },
  );

  it.each(rows)('%s checks with a command before it fixes anything', (_id, page) => {
    const steps = page.body.sections.find((section) => section.id === 'steps')?.steps ?? [];
    const firstCheck = steps.findIndex((step) =>
      commandsOf(step.blocks).some((l) => /^Get-/.test(l)),
    );
    const firstChange = steps.findIndex((step) =>
      commandsOf(step.blocks).some((l) => /^(?:Set|Add|Remove|Disable)-/.test(l)),
    );
    expect(firstCheck, 'a Get- command in the steps').toBeGreaterThanOrEqual(0);
    if (firstChange >= 0) expect(firstCheck).toBeLessThan(firstChange);
  });

  it.each(rows)('%s links only to steps that exist', (_id, page) => {
    const links = [...JSON.stringify(page.body).matchAll(/"href":"(\/[^"#]*)/g)].map((m) => m[1]!);
    for (const link of links) expect(at(link).kind, link).not.toBe('not-found');
  });

  it.each(rows)("%s uses only its platform's commands", (_id, page) => {
    const platforms = page.summary.appliesTo.platform ?? [];
    const commands = page.lines.join('\n');
    if (platforms.length > 0 && platforms.every((platform) => platform === 'exchange-online')) {
      expect(commands).not.toMatch(/Get-MessageTrackingLog|repadmin|Set-RemoteMailbox/);
    }
    if (platforms.length > 0 && platforms.every((platform) => ON_PREMISES.includes(platform))) {
      expect(commands).not.toMatch(/Get-MessageTrace|UnifiedGroup|DynamicDistributionGroupMember/);
    }
    if (platforms.includes('exchange-2007')) {
      // Exchange 2007 has neither the combined list, the manager check switch nor moderation.
      expect(commands).not.toMatch(
        /AcceptMessagesOnlyFromSendersOrMembers|BypassSecurityGroupManagerCheck|Moderation/,
      );
    }
  });

  it.each(rows)(
    '%s reads every list in full, never through a truncating Format-List',
    (_id, page) => {
      for (const line of page.lines) {
        expect(line).not.toMatch(/Format-(?:List|Table)[^|]*AcceptMessagesOnlyFrom/);
        expect(line).not.toMatch(/Format-(?:List|Table)[^|]*(?:ModeratedBy|BypassModeration)/);
      }
    },
  );

  it.each(rows)("%s applies the typed recipient only to its own type's cmdlets", (_id, page) => {
    const allowed: Record<string, RegExp> = {
      'distribution-group': /DistributionGroup(?:Member)?$/,
      'security-group': /DistributionGroup(?:Member)?$/,
      'dynamic-distribution-group': /DynamicDistributionGroup(?:Member)?$/,
      'user-mailbox': /-Mailbox$/,
      'shared-mailbox': /-Mailbox$/,
      'microsoft-365-group': /UnifiedGroup$/,
      'mail-user': /MailUser$/,
      'public-folder': /(?:MailPublicFolder|PublicFolderClientPermission)$/,
    };
    const recipients = page.summary.appliesTo.recipient ?? [];
    // The Microsoft 365 group answer is for a recipient believed to be a group, which it isn't.
    const mistaken = page.summary.id === 'still-bouncing-m365-group';
    for (const line of page.lines.filter((candidate) => candidate.includes('{{recipient}}'))) {
      for (const [, cmdlet = ''] of line.matchAll(
        /([A-Z][a-z]+-[A-Za-z]+) -Identity \{\{recipient\}\}/g,
      )) {
        if (cmdlet === 'Get-Recipient' || mistaken) continue;
        for (const recipient of recipients) {
          expect(cmdlet, `${cmdlet} on a ${recipient} page`).toMatch(allowed[recipient]!);
        }
      }
    }
  });

  it('lets a non-owner admin change a group on Exchange 2010 and later', () => {
    for (const page of pages.filter(
      (p) => !p.summary.appliesTo.platform?.includes('exchange-2007'),
    )) {
      for (const line of page.lines.filter((l) => l.startsWith('Set-DistributionGroup'))) {
        expect(line, page.summary.id).toContain('-BypassSecurityGroupManagerCheck');
      }
    }
  });

  it('states the waits Microsoft documents', () => {
    const text = (id: string) => pages.find((page) => page.summary.id === id)!.text;
    expect(text('still-bouncing-wait-online-m365-group')).toContain('up to an hour');
    expect(text('still-bouncing-synced')).toContain('every 30 minutes');
    expect(text('still-bouncing-synced')).toContain('Start-ADSyncSyncCycle -PolicyType Delta');
    expect(text('still-bouncing-dynamic-members')).toContain('up to two hours');
    expect(text('still-bouncing-dynamic-members')).toContain('every 24 hours');
    expect(text('still-bouncing-moderation-group')).toContain('expires after two days');
    expect(text('still-bouncing-wait-on-premises-group')).toContain('repadmin /syncall DC01 /APe');
    expect(text('still-bouncing-rule-online')).toMatch(/5\.7\.900.*5\.7\.999/);
  });
});
