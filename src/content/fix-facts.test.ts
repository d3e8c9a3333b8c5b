/**
 * Facts every admin fix page must get right, checked over the real content/ folder: the cmdlet
 * for the recipient type, the sections, the method's parameters, the console, and that every
 * combination of answers ends on a fix page or on an unavailable option that explains itself.
 */
import { describe, expect, it } from 'vitest';
import { buildContent } from './build/build-content.ts';
import { readContentDir } from './build/read-content-dir.ts';
import { textOf } from './build/split-fix-body.ts';
import { enumeratePositions } from './enumerate-positions.ts';
import type { Answers, DocNode, FixBody, FixSummary } from './model.ts';
import { fixBodyForAnswers } from './only-blocks.ts';
import { resolvePosition, segmentsFromPath } from './resolve-position.ts';

const result = buildContent(readContentDir(process.cwd()));
if (!result.bundle)
  throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
const { tree, fixes, bodies, questionHelp } = result.bundle;

/** The cmdlets that change and read each recipient type (docs/design.md slugs). */
const CMDLETS: Record<string, { set: string; get: string }> = {
  'user-mailbox': { set: 'Set-Mailbox', get: 'Get-Mailbox' },
  'shared-mailbox': { set: 'Set-Mailbox', get: 'Get-Mailbox' },
  'distribution-group': { set: 'Set-DistributionGroup', get: 'Get-DistributionGroup' },
  'security-group': { set: 'Set-DistributionGroup', get: 'Get-DistributionGroup' },
  'dynamic-distribution-group': {
    set: 'Set-DynamicDistributionGroup',
    get: 'Get-DynamicDistributionGroup',
  },
  'microsoft-365-group': { set: 'Set-UnifiedGroup', get: 'Get-UnifiedGroup' },
  'mail-user': { set: 'Set-MailUser', get: 'Get-MailUser' },
  'public-folder': { set: 'Set-MailPublicFolder', get: 'Get-MailPublicFolder' },
};
const RECIPIENT_GETS = new Set(Object.values(CMDLETS).map((c) => c.get));
const GROUP_RECIPIENTS = [
  'distribution-group',
  'security-group',
  'dynamic-distribution-group',
  'microsoft-365-group',
];

/** The admin tools each platform offers (docs/design.md). */
const SURFACES: Record<string, string[]> = {
  'exchange-online': ['new-eac', 'classic-eac', 'powershell'],
  'exchange-server': ['eac', 'powershell'],
  'exchange-2010': ['emc', 'powershell'],
  'exchange-2007': ['emc', 'powershell'],
};
const METHODS = ['allow-everyone', 'allowed-senders'];

/** What a page's steps must name for its tool, and what they must not. */
const CONSOLE_WORDS: Record<string, { must: RegExp; mustNot?: RegExp }> = {
  'new-eac': { must: /Exchange admin center/, mustNot: /Exchange Management (Console|Shell)/ },
  'classic-eac': {
    must: /classic EAC|Public folders/,
    mustNot: /Exchange Management (Console|Shell)/,
  },
  eac: { must: /https:\/\/<server>\/ecp/, mustNot: /Exchange Management Console|classic EAC/ },
  emc: {
    must: /Exchange Management Console[\s\S]*Mail Flow Settings/,
    mustNot: /Exchange admin center|Save changes/,
  },
};

interface Page {
  fix: FixSummary;
  body: FixBody;
}
const adminPages: Page[] = fixes
  .filter((fix) => fix.appliesTo.role?.includes('admin'))
  .map((fix) => ({ fix, body: bodies[fix.id] as FixBody }));

function commandsIn(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'command') return node.language === 'powershell' ? [node.template] : [];
    if (node.type === 'element') return commandsIn(node.children);
    return [];
  });
}
function section(body: FixBody, id: string) {
  return body.sections.find((candidate) => candidate.id === id);
}
function sectionCommands(body: FixBody, id: string): string {
  return commandsIn(section(body, id)?.blocks ?? []).join('\n');
}
function allCommands(body: FixBody): string {
  return commandsIn([...body.intro, ...body.sections.flatMap((s) => s.blocks)]).join('\n');
}
function stepsText(body: FixBody): string {
  const text = (section(body, 'steps')?.steps ?? []).map((step) => textOf(step.blocks)).join('\n');
  return text.replace(/\s+/g, ' ');
}
function cmdlets(text: string, verb: 'Set' | 'Get'): Set<string> {
  return new Set(text.match(new RegExp(`\\b${verb}-[A-Za-z]+\\b`, 'g')) ?? []);
}
/** One answer per key the page applies to: enough to resolve its blocks that name other keys. */
function firstAnswers(fix: FixSummary): Answers {
  return Object.fromEntries(
    Object.entries(fix.appliesTo).map(([key, slugs]) => [key, slugs[0]]),
  ) as Answers;
}
function platformsOf(fix: FixSummary): string[] {
  return fix.appliesTo.platform ?? [];
}

const pageRecipientRows = adminPages.flatMap((page) =>
  (page.fix.appliesTo.recipient ?? []).map((recipient) => ({
    id: page.fix.id,
    recipient,
    ...page,
  })),
);

describe('admin fix pages', () => {
  it('cover every recipient type with at least one page', () => {
    const covered = new Set(pageRecipientRows.map((row) => row.recipient));
    expect([...covered].sort()).toEqual(Object.keys(CMDLETS).sort());
  });

  it.each(adminPages.map((page) => [page.fix.id, page] as const))(
    '%s has Steps, Verify, Wait, Test and Undo sections',
    (_id, { body }) => {
      const ids = body.sections.map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining(['steps', 'verify', 'wait', 'test', 'undo']));
      expect(section(body, 'steps')?.steps?.length).toBeGreaterThan(0);
    },
  );

  it.each(pageRecipientRows.map((row) => [row.id, row.recipient, row] as const))(
    '%s uses the right Set- cmdlet for %s and no other',
    (_id, recipient, { fix, body }) => {
      const expected = CMDLETS[recipient]?.set;
      expect(expected).toBeDefined();
      expect([...cmdlets(allCommands(body), 'Set')]).toEqual([expected]);
      expect(sectionCommands(body, 'undo')).toContain(`${expected} -Identity {{recipient}}`);
      if (fix.appliesTo.surface?.includes('powershell')) {
        expect(sectionCommands(body, 'steps')).toContain(`${expected} -Identity {{recipient}}`);
      }
    },
  );

  it.each(pageRecipientRows.map((row) => [row.id, row.recipient, row] as const))(
    '%s verifies %s with the matching Get- cmdlet',
    (_id, recipient, { body }) => {
      const verify = sectionCommands(body, 'verify');
      const expected = CMDLETS[recipient]?.get ?? '';
      expect(verify).toContain(
        `${expected} -Identity {{recipient}} | Format-List RequireSenderAuthenticationEnabled,AcceptMessagesOnlyFrom*`,
      );
      const recipientGets = [...cmdlets(verify, 'Get')].filter((get) => RECIPIENT_GETS.has(get));
      expect(recipientGets).toEqual([expected]);
    },
  );

  it.each(adminPages.map((page) => [page.fix.id, page] as const))(
    '%s sets and undoes the method it is for',
    (_id, { fix, body }) => {
      const steps = sectionCommands(body, 'steps');
      const undo = sectionCommands(body, 'undo');
      const all = allCommands(body);
      expect(undo).toMatch(/-RequireSenderAuthenticationEnabled \$true/);
      if (fix.appliesTo.method?.includes('allowed-senders')) {
        expect(textOf(body.intro)).toContain('mail contact');
        expect(all).toContain('{{internalGroup}}');
        if (fix.appliesTo.surface?.includes('powershell')) {
          expect(steps).toContain(
            'New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}',
          );
          expect(steps).toMatch(/-RequireSenderAuthenticationEnabled \$false/);
        }
      } else if (fix.appliesTo.surface?.includes('powershell')) {
        expect(steps).toMatch(/-RequireSenderAuthenticationEnabled \$false/);
      }
      // The combined list can only be overwritten; adding and removing goes through the other two.
      expect(all).not.toMatch(/-AcceptMessagesOnlyFromSendersOrMembers @\{/);
    },
  );

  it.each(
    adminPages
      .filter((p) => platformsOf(p.fix).includes('exchange-2007'))
      .map((p) => [p.fix.id, p] as const),
  )('%s uses only what Exchange 2007 has', (_id, { body }) => {
    const all = allCommands(body);
    expect(all).not.toMatch(/@\{(Add|Remove)=/);
    expect(all).not.toContain('AcceptMessagesOnlyFromSendersOrMembers');
  });

  it.each(
    adminPages
      .filter(
        (p) =>
          !platformsOf(p.fix).includes('exchange-2007') &&
          !p.fix.appliesTo.recipient?.includes('microsoft-365-group'),
      )
      .filter((p) => p.fix.appliesTo.method?.includes('allowed-senders'))
      .filter((p) => p.fix.appliesTo.surface?.includes('powershell'))
      .map((p) => [p.fix.id, p] as const),
  )('%s adds to the allowed lists instead of replacing them', (_id, { body }) => {
    const all = allCommands(body);
    expect(all).toContain('-AcceptMessagesOnlyFrom @{Add={{senders}}}');
    expect(all).toContain('-AcceptMessagesOnlyFromDLMembers @{Add={{internalGroup}}}');
    expect(sectionCommands(body, 'undo')).toContain('@{Remove={{senders}}}');
  });

  it.each(
    adminPages
      .filter((p) => p.fix.appliesTo.recipient?.includes('microsoft-365-group'))
      .map((p) => [p.fix.id, p] as const),
  )('%s uses only parameters Set-UnifiedGroup has', (_id, { body }) => {
    expect(allCommands(body)).not.toMatch(/-AcceptMessagesOnlyFrom(DLMembers)?\s/);
  });

  it.each(
    adminPages
      .filter((p) => p.fix.appliesTo.method?.includes('allow-everyone'))
      .filter((p) => p.fix.appliesTo.recipient?.some((r) => GROUP_RECIPIENTS.includes(r)))
      .map((p) => [p.fix.id, p] as const),
  )('%s warns that a group open to everyone invites spam', (_id, { body }) => {
    expect(textOf(body.intro)).toMatch(/Trade-off:.*spam/s);
  });

  it.each(
    adminPages
      .filter((p) => p.fix.appliesTo.recipient?.includes('public-folder'))
      .flatMap((p) => platformsOf(p.fix).map((platform) => [p.fix.id, platform, p] as const)),
  )(
    '%s on %s also lets the Anonymous user create items, and takes it back on undo',
    (_id, platform, { fix, body }) => {
      const shown = fixBodyForAnswers(body, { role: 'admin', ...firstAnswers(fix), platform });
      expect(sectionCommands(shown, 'steps')).toContain(
        'Add-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous -AccessRights CreateItems',
      );
      const undo = sectionCommands(shown, 'undo');
      expect(undo).toContain(
        'Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous',
      );
      // -AccessRights exists on Remove-PublicFolderClientPermission in Exchange 2010 (and 2007) only.
      const legacy = platform === 'exchange-2010' || platform === 'exchange-2007';
      if (legacy) expect(undo).toContain('-User Anonymous -AccessRights CreateItems');
      else expect(undo).not.toContain('-AccessRights');
    },
  );

  it.each(adminPages.map((page) => [page.fix.id, page] as const))(
    '%s speaks of its own admin tool',
    (_id, { fix, body }) => {
      const steps = stepsText(body);
      for (const surface of fix.appliesTo.surface ?? []) {
        if (surface === 'powershell') {
          const online = platformsOf(fix).includes('exchange-online');
          expect(steps).toContain(online ? 'Connect-ExchangeOnline' : 'Exchange Management Shell');
          expect(steps).not.toContain(
            online ? 'Exchange Management Shell' : 'Connect-ExchangeOnline',
          );
          continue;
        }
        const words = CONSOLE_WORDS[surface];
        expect(words, `no console words for ${surface}`).toBeDefined();
        if (!words) continue;
        expect(steps).toMatch(words.must);
        if (words.mustNot) expect(steps).not.toMatch(words.mustNot);
      }
    },
  );

  it.each(adminPages.map((page) => [page.fix.id, page] as const))(
    '%s cites Microsoft sources',
    (_id, { fix }) => {
      expect(
        fix.sources.some((source) => source.url.startsWith('https://learn.microsoft.com/')),
      ).toBe(true);
    },
  );
});

describe('every admin situation', () => {
  const combinations = Object.keys(CMDLETS).flatMap((recipient) =>
    Object.entries(SURFACES).flatMap(([platform, surfaces]) =>
      METHODS.flatMap((method) =>
        surfaces.map((surface) => ({ recipient, platform, method, surface })),
      ),
    ),
  );

  it.each(
    combinations.map(
      (c) => [`/admin/${c.recipient}/${c.platform}/${c.method}/${c.surface}`, c] as const,
    ),
  )(
    '%s ends on its fix page or on an explained unavailable option',
    (path, { recipient, platform }) => {
      const position = resolvePosition({ tree, fixes }, segmentsFromPath(path));
      if (position.kind === 'fix') {
        expect(position.fix.appliesTo.recipient).toContain(recipient);
        expect(position.fix.appliesTo.platform).toContain(platform);
        return;
      }
      // A combination that doesn't exist is refused at the first answer that makes it impossible.
      const prefixes = [3, 4, 5].map(
        (length) => `/${segmentsFromPath(path).slice(0, length).join('/')}`,
      );
      const refused = prefixes
        .map((prefix) => resolvePosition({ tree, fixes }, segmentsFromPath(prefix)))
        .find((candidate) => candidate.kind === 'unavailable');
      expect(refused, `${path} is neither a fix page nor refused with a reason`).toBeDefined();
    },
  );

  const unavailable = enumeratePositions({ tree, fixes }).filter(
    (p) => p.kind === 'unavailable' && p.path.startsWith('/admin/'),
  );

  it('includes the combinations that do not exist', () => {
    const paths = unavailable.map((p) => p.path);
    expect(paths).toContain('/admin/microsoft-365-group/exchange-2010');
    expect(paths).toContain('/admin/mail-user/exchange-online/allow-everyone/new-eac');
    expect(paths).toContain('/admin/shared-mailbox/exchange-2007/allowed-senders/emc');
  });

  it.each(unavailable.map((p) => [p.path] as const))(
    '%s explains itself and offers a working alternative',
    (path) => {
      const position = resolvePosition({ tree, fixes }, segmentsFromPath(path));
      if (position.kind !== 'unavailable') throw new Error(`${path} is not unavailable`);
      expect(position.rule.reason.length).toBeGreaterThan(40);
      const alternative = resolvePosition(
        { tree, fixes },
        segmentsFromPath(position.rule.alternative.path),
      );
      expect(['fix', 'question']).toContain(alternative.kind);
      // The alternative is for the same recipient and, once the method is chosen, the same method.
      const recipient = position.answers.recipient ?? '';
      expect(position.rule.alternative.path.startsWith(`/admin/${recipient}/`)).toBe(true);
      if (position.answers.method)
        expect(position.rule.alternative.path).toContain(`/${position.answers.method}/`);
    },
  );
});

describe('the recipient-type help', () => {
  it('names the RecipientTypeDetails value of every recipient type', () => {
    const help = textOf(questionHelp['recipient-type'] ?? []);
    for (const value of [
      'UserMailbox',
      'SharedMailbox',
      'MailUniversalDistributionGroup',
      'MailUniversalSecurityGroup',
      'DynamicDistributionGroup',
      'GroupMailbox',
      'MailUser',
      'PublicFolder',
    ]) {
      expect(help).toContain(value);
    }
    expect(help).toContain(
      'Get-Recipient -Identity {{recipient}} | Format-List Name,RecipientTypeDetails',
    );
  });
});
