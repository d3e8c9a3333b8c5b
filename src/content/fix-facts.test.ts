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
import type { DocNode, FixBody, FixSummary } from './model.ts';
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
const RECIPIENT_GETS = new Set([...Object.values(CMDLETS).map((c) => c.get), 'Get-RemoteMailbox']);
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
function platformsOf(fix: FixSummary): string[] {
  return fix.appliesTo.platform ?? [];
}
function withoutInternalGroupLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.includes('-Identity {{internalGroup}}'))
    .join('\n');
}
/** On-premises (2010 and later), a mailbox that lives in Exchange Online is a remote mailbox. */
function remoteMailboxExpected(fix: FixSummary, recipient: string): boolean {
  const platforms = platformsOf(fix);
  return (
    ['user-mailbox', 'shared-mailbox'].includes(recipient) &&
    !platforms.includes('exchange-online') &&
    !(fix.appliesTo.surface ?? []).includes('emc') &&
    platforms.some((p) => p === 'exchange-server' || p === 'exchange-2010') &&
    !platforms.includes('exchange-2007')
  );
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
      // Commands that set up the all-internal-users group are not about the recipient.
      const aboutRecipient = withoutInternalGroupLines(allCommands(body));
      const allowed = [
        expected,
        ...(remoteMailboxExpected(fix, recipient) ? ['Set-RemoteMailbox'] : []),
      ];
      expect([...cmdlets(aboutRecipient, 'Set')].sort()).toEqual(allowed.sort());
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
      expect(verify).toContain(`$r = ${expected} -Identity {{recipient}}`);
      expect(verify).toContain('$r.RequireSenderAuthenticationEnabled');
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
        if (fix.appliesTo.surface?.includes('powershell'))
          expect(all).toContain('{{internalGroup}}');
        else expect(stepsText(body)).toContain('all-internal-users group');
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
      .map((p) => [p.fix.id, p] as const),
  )(
    '%s also lets the Anonymous user create items, and takes it back on undo',
    (_id, { fix, body }) => {
      expect(sectionCommands(body, 'steps')).toContain(
        'Add-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous -AccessRights CreateItems',
      );
      const undo = sectionCommands(body, 'undo');
      expect(undo).toContain(
        'Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous',
      );
      const legacy = platformsOf(fix).some((p) => p === 'exchange-2010' || p === 'exchange-2007');
      if (legacy) expect(undo).toContain('-User Anonymous -AccessRights CreateItems');
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
      // Older and on-premises types an admin meets too (content review, on-premises #19).
      'LinkedMailbox',
      'RoomMailbox',
      'EquipmentMailbox',
      'MailNonUniversalGroup',
      'RemoteUserMailbox',
      'RemoteSharedMailbox',
      'IsDirSynced',
    ]) {
      expect(help).toContain(value);
    }
    expect(help).toContain(
      'Get-Recipient -Identity {{recipient}} | Format-List Name,RecipientTypeDetails',
    );
  });
});

/** Everything a page says, commands included, in one string. */
function pageText(body: FixBody): string {
  return textOf([...body.intro, ...body.sections.flatMap((s) => s.blocks)]).replace(/\s+/g, ' ');
}
function stepTexts(body: FixBody): string[] {
  return (section(body, 'steps')?.steps ?? []).map((step) => textOf(step.blocks));
}
function isPowerShellPage(fix: FixSummary): boolean {
  return fix.appliesTo.surface?.includes('powershell') ?? false;
}
function onlyOn(fix: FixSummary, platform: string): boolean {
  const platforms = platformsOf(fix);
  return platforms.length === 1 && platforms[0] === platform;
}
/** Pages that one version of Exchange reads differently from another are split with :::only. */
const singleFamilyPages = adminPages.filter((p) => {
  const platforms = platformsOf(p.fix);
  return !(platforms.includes('exchange-2007') && platforms.length > 1);
});

describe('facts corrected in the content review', () => {
  it.each(
    singleFamilyPages
      .filter((p) => p.fix.appliesTo.recipient?.includes('distribution-group'))
      .map((p) => [p.fix.id, p] as const),
  )(
    '%s bypasses the group-owner check on every change of the group, where the switch exists',
    (_id, { fix, body }) => {
      const changes = allCommands(body)
        .split('\n')
        .filter((line) => line.startsWith('Set-DistributionGroup -Identity {{recipient}}'));
      expect(changes.length).toBeGreaterThan(0);
      for (const line of changes) {
        if (onlyOn(fix, 'exchange-2007'))
          expect(line).not.toContain('-BypassSecurityGroupManagerCheck');
        else expect(line).toContain('-BypassSecurityGroupManagerCheck');
      }
      if (!onlyOn(fix, 'exchange-2007'))
        expect(pageText(body)).toContain('Security Group Creation and Membership');
    },
  );

  it.each(adminPages.map((p) => [p.fix.id, p] as const))(
    '%s never reads a list with Format-List, which shows only four entries',
    (_id, { body }) => {
      expect(allCommands(body)).not.toMatch(/Format-List[^\n]*AcceptMessagesOnlyFrom/);
    },
  );

  it.each(
    singleFamilyPages.filter((p) => isPowerShellPage(p.fix)).map((p) => [p.fix.id, p] as const),
  )('%s reads the current state completely before it changes anything', (_id, { fix, body }) => {
    const steps = stepTexts(body);
    const recipient = fix.appliesTo.recipient?.[0] ?? '';
    const get = CMDLETS[recipient]?.get ?? '';
    const stepCommands = (section(body, 'steps')?.steps ?? []).map((step) =>
      commandsIn(step.blocks),
    );
    const read = stepCommands.findIndex((list) =>
      list.some((c) => c.startsWith(`$r = ${get} -Identity {{recipient}}`)),
    );
    const firstChange = steps.findIndex((text) =>
      /(Set-[A-Za-z]+ -Identity \{\{recipient\}\}|New-MailContact|New-DynamicDistributionGroup)/.test(
        text,
      ),
    );
    expect(read).toBeGreaterThanOrEqual(0);
    expect(read).toBeLessThan(firstChange);
    const lines = (stepCommands[read] ?? []).join('\n').split('\n');
    expect(lines).toContain(
      '"RequireSenderAuthenticationEnabled: $($r.RequireSenderAuthenticationEnabled)"',
    );
    const lists =
      recipient === 'microsoft-365-group'
        ? ['AcceptMessagesOnlyFromSendersOrMembers']
        : onlyOn(fix, 'exchange-2007')
          ? ['AcceptMessagesOnlyFrom', 'AcceptMessagesOnlyFromDLMembers']
          : [
              'AcceptMessagesOnlyFrom',
              'AcceptMessagesOnlyFromDLMembers',
              'AcceptMessagesOnlyFromSendersOrMembers',
            ];
    for (const list of lists) expect(lines).toContain(`'${list}:'; $r.${list}`);
    const text = steps[read] ?? '';
    expect(text).toMatch(/Write it down/);
  });

  it.each(adminPages.map((p) => [p.fix.id, p] as const))(
    '%s says who may run it and what the admin sees without the permission',
    (_id, { body }) => {
      const text = pageText(body);
      expect(text).toContain('Who can do this');
      expect(text).toMatch(
        /Organization Management|Exchange Recipient Administrator|Exchange Organization Administrator/,
      );
      expect(text).toMatch(
        /is not recognized as the name of a cmdlet|manager of the group|Insufficient access rights/,
      );
    },
  );

  it.each(
    adminPages
      .filter((p) => onlyOn(p.fix, 'exchange-online'))
      .filter((p) => !p.fix.appliesTo.recipient?.includes('microsoft-365-group'))
      .map((p) => [p.fix.id, p] as const),
  )(
    '%s first checks whether the recipient is synchronized from on-premises, and links the on-premises fix',
    (_id, { fix, body }) => {
      const first = stepTexts(body)[0] ?? '';
      const recipient = fix.appliesTo.recipient?.[0] ?? '';
      const check =
        recipient === 'dynamic-distribution-group'
          ? /never synchronized/
          : recipient === 'public-folder'
            ? /PublicFoldersEnabled/
            : /IsDirSynced/;
      expect(first).toMatch(check);
      expect(first).not.toMatch(/New-MailContact|New-DynamicDistributionGroup/);
      const links = linksIn(section(body, 'steps')?.steps?.[0]?.blocks ?? []);
      expect(
        links.some((href) => href.startsWith(`/admin/`) && href.includes('/exchange-server/')),
      ).toBe(true);
      expect(links.some((href) => href.includes('/exchange-2010/'))).toBe(true);
      if (recipient !== 'dynamic-distribution-group' && recipient !== 'public-folder') {
        expect(first).toContain('Start-ADSyncSyncCycle -PolicyType Delta');
        expect(first).toContain('30 minutes');
      }
    },
  );

  it.each(adminPages.map((p) => [p.fix.id, p] as const))(
    '%s pushes AD replication of every partition, if it mentions repadmin',
    (_id, { body }) => {
      const text = pageText(body);
      if (!text.includes('repadmin')) return;
      expect(text).toContain('repadmin /syncall');
      for (const match of text.matchAll(/repadmin \/syncall[^\n]*/g))
        expect(match[0]).toMatch(/\/APed/);
    },
  );

  it.each(
    adminPages
      .filter((p) =>
        allCommands(p.body).includes('New-DynamicDistributionGroup -Name {{internalGroup}}'),
      )
      .map((p) => [p.fix.id, p] as const),
  )(
    '%s hides a new all-internal-users group and warns that it is a mailing list',
    (_id, { fix, body }) => {
      expect(allCommands(body)).toContain(
        'Set-DynamicDistributionGroup -Identity {{internalGroup}} -HiddenFromAddressListsEnabled $true',
      );
      const text = pageText(body);
      expect(text).toContain('new mailing list to everyone');
      if (platformsOf(fix).includes('exchange-online')) {
        expect(allCommands(body)).toContain(
          'Get-DynamicDistributionGroupMember -Identity {{internalGroup}}',
        );
        expect(text).toMatch(/two hours/);
        expect(text).toMatch(/once a day/);
        expect(text).toContain('MailboxUsers,MailUsers');
      }
    },
  );

  it.each(
    singleFamilyPages
      .filter((p) => p.fix.appliesTo.method?.includes('allowed-senders'))
      .filter((p) => !platformsOf(p.fix).includes('exchange-online'))
      .filter((p) => !onlyOn(p.fix, 'exchange-2007'))
      .map((p) => [p.fix.id, p] as const),
  )(
    '%s builds the all-internal-users entry as a synchronized ordinary group in a hybrid organization',
    (_id, { body }) => {
      expect(allCommands(body)).toContain('New-DistributionGroup -Name {{internalGroup}}');
      expect(pageText(body)).toMatch(/Dynamic distribution groups are never synchronized/);
    },
  );

  it.each(
    adminPages
      .filter((p) => p.fix.appliesTo.method?.includes('allowed-senders'))
      .map((p) => [p.fix.id, p] as const),
  )('%s offers to clean up the contacts and group it created', (_id, { body }) => {
    const undo = textOf(section(body, 'undo')?.blocks ?? []);
    expect(undo).toContain('Remove-MailContact');
  });

  it.each(
    adminPages
      .filter((p) => !p.fix.appliesTo.surface?.includes('powershell'))
      .filter((p) => pageText(p.body).includes('All senders'))
      .map((p) => [p.fix.id, p] as const),
  )('%s says to write the list down before switching it off', (_id, { body }) => {
    const steps = stepTexts(body);
    const note = steps.findIndex((text) => /write down/i.test(text));
    const allSenders = steps.findIndex((text) => text.includes('All senders'));
    expect(note).toBeGreaterThanOrEqual(0);
    if (allSenders >= 0) expect(note).toBeLessThanOrEqual(allSenders);
  });

  it.each(
    singleFamilyPages
      .filter((p) => platformsOf(p.fix).includes('exchange-2010'))
      .filter((p) => p.fix.appliesTo.method?.includes('allowed-senders'))
      .filter((p) => isPowerShellPage(p.fix))
      .map((p) => [p.fix.id, p] as const),
  )('%s sends Exchange 2010 without SP1 to the Exchange 2007 steps', (_id, { body }) => {
    const links = linksIn(body.sections.flatMap((s) => s.blocks));
    expect(links.some((href) => href.includes('/exchange-2007/allowed-senders/powershell'))).toBe(
      true,
    );
  });

  it.each(adminPages.map((p) => [p.fix.id, p] as const))(
    '%s points app and scanner senders to the app path',
    (_id, { body }) => {
      expect(linksIn(body.intro).some((href) => href.startsWith('/app'))).toBe(true);
    },
  );

  it.each(
    adminPages
      .filter((p) => allCommands(p.body).includes('New-MailContact -Name {{sender}}'))
      .map((p) => [p.fix.id, p] as const),
  )('%s warns about the 64-character name limit of a contact', (_id, { body }) => {
    expect(pageText(body)).toContain('64 characters');
  });

  it.each(
    adminPages
      .filter((p) => p.fix.appliesTo.recipient?.includes('public-folder'))
      .map((p) => [p.fix.id, p] as const),
  )('%s asks for the public-folder permission, not only recipient rights', (_id, { body }) => {
    expect(pageText(body)).toMatch(/Public Folder Management|Exchange Public Folder Administrator/);
  });

  it.each(
    singleFamilyPages
      .filter((p) => remoteMailboxExpected(p.fix, p.fix.appliesTo.recipient?.[0] ?? ''))
      .filter((p) => isPowerShellPage(p.fix))
      .map((p) => [p.fix.id, p] as const),
  )('%s gives a remote mailbox the same change with Set-RemoteMailbox', (_id, { body }) => {
    const lines = allCommands(body).split('\n');
    const mailbox = lines.filter((line) => line.startsWith('Set-Mailbox -Identity {{recipient}}'));
    for (const line of mailbox) {
      expect(lines).toContain(line.replace('Set-Mailbox', 'Set-RemoteMailbox'));
    }
  });
});

function linksIn(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [];
    const own = node.tag === 'a' && node.props?.href ? [node.props.href] : [];
    return [...own, ...linksIn(node.children)];
  });
}
