import { projectContentBuild } from './build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { RESERVED_ROOT_SEGMENTS } from './build/check-tree-graph.ts';
import { textOf } from './build/split-fix-body.ts';
import type { DocNode, FixBody } from './model.ts';
import { fixBodyForAnswers } from './only-blocks.ts';
import { resolvePosition, segmentsFromPath, type Position } from './resolve-position.ts';
import { roleSlugs } from '../lib/paths.ts';

/**
 * The sender path (/sender/…) and the app-owner path (/app/…), checked against the real content:
 * where each answer leads, and the facts every page of these paths must (and must not) state.
 */

const { bundle, problems } = projectContentBuild();
if (!bundle)
  throw new Error(`content/ does not build:\n${problems.map((p) => p.message).join('\n')}`);
const content = { tree: bundle.tree, fixes: bundle.fixes };
const at = (path: string): Position => resolvePosition(content, segmentsFromPath(path));

function where(path: string): string {
  const position = at(path);
  if (position.kind === 'fix') return `fix ${position.fix.id}`;
  if (position.kind === 'question') return `question ${position.question.id}`;
  return position.kind;
}

function optionSlugs(questionId: string): string[] {
  return bundle!.tree.questions[questionId]?.options.map((option) => option.slug) ?? [];
}

const ON_PREMISES = ['exchange-server', 'exchange-2010', 'exchange-2007'];
const PLATFORMS = ['exchange-online', ...ON_PREMISES];

/** What the app-sending question leads to, per platform. */
const APP_FIXES: Record<string, Record<string, string>> = {
  'exchange-online': {
    'sign-in': 'app-sign-in-exchange-online',
    'sign-in-error': 'app-sign-in-errors-exchange-online',
    'cannot-sign-in': 'app-cannot-sign-in-exchange-online',
  },
  'exchange-server': {
    'sign-in': 'app-sign-in-exchange-server',
    'sign-in-error': 'app-sign-in-errors-on-premises',
    'cannot-sign-in': 'app-cannot-sign-in-exchange-server',
  },
  'exchange-2010': {
    'sign-in': 'app-sign-in-exchange-2010',
    'sign-in-error': 'app-sign-in-errors-on-premises',
    'cannot-sign-in': 'app-cannot-sign-in-exchange-2010',
  },
  'exchange-2007': {
    'sign-in': 'app-sign-in-exchange-2007',
    'sign-in-error': 'app-sign-in-errors-on-premises',
    'cannot-sign-in': 'app-cannot-sign-in-exchange-2007',
  },
};

const SENDER_FIXES: Record<string, string> = {
  'authentication-required': 'sender-authentication-required',
  'group-external-senders': 'sender-group-external-senders',
  'not-allowed': 'sender-not-allowed',
  'not-sure': 'sender-bounce-explained',
};

describe('routing of the sender and app-owner paths', () => {
  it('role: the sender and app answers lead to their own first questions', () => {
    expect(where('/sender')).toBe('question sender-bounce');
    expect(where('/app')).toBe('question app-recipient-platform');
  });

  it('sender-bounce: every answer leads to its own explanation page', () => {
    expect(optionSlugs('sender-bounce')).toEqual(Object.keys(SENDER_FIXES));
    for (const [slug, fixId] of Object.entries(SENDER_FIXES)) {
      expect(where(`/sender/${slug}`), `/sender/${slug}`).toBe(`fix ${fixId}`);
    }
  });

  it('app-recipient-platform: every platform leads to the question about how the app sends', () => {
    expect(optionSlugs('app-recipient-platform')).toEqual(PLATFORMS);
    for (const platform of PLATFORMS) {
      expect(where(`/app/${platform}`), `/app/${platform}`).toBe('question app-sending');
    }
  });

  it.each(PLATFORMS)(
    'app-sending on %s: every answer leads to the page for that platform',
    (platform) => {
      const expected = APP_FIXES[platform]!;
      expect(optionSlugs('app-sending')).toEqual(Object.keys(expected));
      for (const [slug, fixId] of Object.entries(expected)) {
        expect(where(`/app/${platform}/${slug}`), `/app/${platform}/${slug}`).toBe(`fix ${fixId}`);
      }
    },
  );

  it('the sender and app paths never ask for a recipient type, admin method or tool', () => {
    const position = at('/app/exchange-online/sign-in');
    expect(position.kind === 'fix' && position.answers).toEqual({
      role: 'app',
      platform: 'exchange-online',
      method: 'sign-in',
    });
  });
});

// ------------------------------------------------------------------------------------------------

interface PageFacts {
  id: string;
  body: FixBody;
  text: string;
  commands: { language: string; template: string }[];
  links: string[];
}

function collect(
  nodes: readonly DocNode[],
  commands: PageFacts['commands'],
  links: string[],
): void {
  for (const node of nodes) {
    if (node.type === 'command')
      commands.push({ language: node.language, template: node.template });
    else if (node.type === 'element') {
      if (node.tag === 'a' && node.props?.href) links.push(node.props.href);
      collect(node.children, commands, links);
    } else if (node.type === 'only') collect(node.children, commands, links);
  }
}

function pagesUnder(folder: string): PageFacts[] {
  return Object.entries(bundle!.fixFiles)
    .filter(([, file]) => file.startsWith(folder))
    .map(([id]) => {
      const body = bundle!.bodies[id]!;
      const nodes = [...body.intro, ...body.sections.flatMap((section) => section.blocks)];
      const commands: PageFacts['commands'] = [];
      const links: string[] = [];
      collect(nodes, commands, links);
      const text = [
        textOf(body.intro),
        ...body.sections.map((s) => `${s.title}\n${textOf(s.blocks)}`),
      ].join('\n');
      return { id, body, text, commands, links };
    });
}

const senderPages = pagesUnder('content/fixes/sender/');
const appPages = pagesUnder('content/fixes/app/');
const page = (id: string) => {
  const found = [...senderPages, ...appPages].find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no page ${id}`);
  return found;
};
const sectionTitles = (facts: PageFacts) => facts.body.sections.map((section) => section.title);
const powershellLines = (facts: PageFacts) =>
  facts.commands
    .filter((command) => command.language === 'powershell')
    .flatMap((command) => command.template.split('\n'));

describe('every page of the sender and app paths', () => {
  it('covers every page the routing table names, and no other', () => {
    const routed = new Set([
      ...Object.values(SENDER_FIXES),
      ...Object.values(APP_FIXES).flatMap(Object.values),
    ]);
    expect(new Set([...senderPages, ...appPages].map((facts) => facts.id))).toEqual(routed);
  });

  it.each([...senderPages, ...appPages].map((facts) => [facts.id, facts] as const))(
    '%s has numbered steps, https sources, a review date and links that land on a step',
    (_id, facts) => {
      const steps = facts.body.sections.find((section) => section.id === 'steps')?.steps ?? [];
      expect(steps.length).toBeGreaterThanOrEqual(3);
      const summary = bundle!.fixes.find((fix) => fix.id === facts.id)!;
      expect(summary.reviewed).toBe('2026-12-02');
      expect(summary.sources.length).toBeGreaterThan(0);
      for (const source of summary.sources) expect(source.url).toMatch(/^https:\/\//);
      for (const href of facts.links.filter((link) => link.startsWith('/'))) {
        const [first = ''] = segmentsFromPath(href);
        if (RESERVED_ROOT_SEGMENTS.includes(first)) continue; // the app's own screens (/analyze)
        expect(at(href).kind, `${facts.id} links to ${href}`).not.toBe('not-found');
      }
    },
  );
});

describe('sender pages', () => {
  it.each(senderPages.map((facts) => [facts.id, facts] as const))(
    "%s has no PowerShell, says sending again won't help and points to the ready message",
    (_id, facts) => {
      expect(facts.commands).toEqual([]);
      expect(facts.text).not.toMatch(/\b(?:Set|Get|New|Add)-[A-Z][A-Za-z]+/);
      expect(facts.text).toContain('sending again will not help');
      expect(facts.text).toContain('ready-made message');
      expect(facts.text).toContain("Don't keep resending");
      expect(facts.text).toContain('postmaster@');
      expect(facts.links.some((link) => link.startsWith('/admin'))).toBe(true);
    },
  );

  it.each([
    [
      'sender-authentication-required',
      ['5.7.1', 'AuthRequired', 'state 14', '5.7.12', '5.7.133', '5.7.136', 'email admin'],
    ],
    ['sender-group-external-senders', ['5.7.193', 'owner', 'email admin']],
    ['sender-not-allowed', ['5.7.124', '5.7.129', 'allowed senders', 'owner']],
    ['sender-bounce-explained', ['/analyze', 'email admin']],
  ] as const)('%s names its codes and who can fix it', (id, facts) => {
    const { text, links } = page(id);
    for (const fact of facts) expect(text + links.join(' ')).toContain(fact);
  });
});

describe('app pages', () => {
  it.each(appPages.map((facts) => [facts.id, facts] as const))(
    '%s says how to verify, test and undo',
    (_id, facts) => {
      expect(sectionTitles(facts)).toEqual(
        expect.arrayContaining(['Steps', 'Verify', 'Test', 'Undo']),
      );
      expect(facts.text).toMatch(/test message/i);
      expect(facts.text, 'a scanner sends scans, not notifications').not.toMatch(/notification/i);
    },
  );

  it.each(appPages.map((facts) => [facts.id, facts] as const))(
    '%s uses only the app mailbox placeholder and changes no recipient itself',
    (_id, facts) => {
      const placeholders = facts.commands.flatMap((command) =>
        [...command.template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]),
      );
      for (const name of placeholders) expect(name).toBe('mailbox');
      for (const line of powershellLines(facts)) {
        expect(line, 'recipient changes belong to the admin path').not.toMatch(
          /\b(?:Set-Mailbox|Set-DistributionGroup|Set-DynamicDistributionGroup|Set-UnifiedGroup|Set-MailUser|Set-MailPublicFolder)\b/,
        );
      }
    },
  );

  it('Set-CASMailbox always targets the app mailbox and sets SmtpClientAuthenticationDisabled to a valid value', () => {
    const lines = appPages
      .flatMap(powershellLines)
      .filter((line) => line.includes('Set-CASMailbox'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(
        /^Set-CASMailbox -Identity \{\{mailbox\}\} -SmtpClientAuthenticationDisabled \$(?:true|false|null)$/,
      );
    }
  });

  it('Set-TransportConfig is organization-wide: no -Identity, only $true or $false', () => {
    const mentions = appPages.flatMap(
      (facts) => facts.text.match(/Set-TransportConfig[^\n`]*/g) ?? [],
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) {
      expect(mention).not.toContain('-Identity');
      expect(mention).toMatch(/-SmtpClientAuthenticationDisabled \$(?:true|false)\b/);
    }
  });

  it('Exchange Online pages use only Exchange Online settings, on-premises pages only on-premises ones', () => {
    for (const facts of appPages) {
      const online = facts.id.endsWith('exchange-online');
      const lines = powershellLines(facts).join('\n');
      if (online) expect(lines).not.toMatch(/ReceiveConnector|MessageTrackingLog|ADPermission/);
      else expect(lines).not.toMatch(/SmtpClientAuthenticationDisabled|TransportConfig/);
      if (!online && facts.id !== 'app-sign-in-errors-on-premises')
        expect(facts.text).not.toContain('smtp.office365.com');
    }
  });

  it.each([
    [
      'app-sign-in-exchange-online',
      [
        'smtp.office365.com',
        '587',
        'STARTTLS',
        'TLS 1.2',
        'licensed Exchange Online mailbox',
        'From',
        'The mailbox setting wins over the organization',
        'Set-TransportConfig -SmtpClientAuthenticationDisabled',
        'Security defaults',
        'Multifactor authentication (MFA)',
        'Conditional Access',
        'end of December 2026',
        'second half of 2027',
        '27 January 2026',
        '550 5.7.30 Basic authentication is not supported for Client Submission.',
        'OAuth',
        'Direct send',
        'port 465',
      ],
    ],
    [
      'app-sign-in-errors-exchange-online',
      ['5.7.57', '535 5.7.3', '5.7.60', '5.7.30', '5.7.139', 'smtp.office365.com'],
    ],
    [
      'app-cannot-sign-in-exchange-online',
      ['Direct send', 'mail.protection.outlook.com', 'port 25', 'RejectDirectSend', 'admin path'],
    ],
    [
      'app-sign-in-exchange-server',
      ['Client Frontend', 'Front End Transport', '587', 'ExchangeUsers', 'BasicAuthRequireTLS'],
    ],
    ...(['2010', '2007'] as const).map(
      (version) =>
        [
          `app-sign-in-exchange-${version}`,
          ['Hub Transport', 'Client', '587', 'state 14'],
        ] as const,
    ),
    [
      'app-sign-in-errors-on-premises',
      [
        '530 5.7.1 Client was not authenticated',
        '535 5.7.3',
        'send as this sender',
        'AuthRequired',
      ],
    ],
    [
      'app-cannot-sign-in-exchange-server',
      [
        '-TransportRole FrontendTransport',
        'ms-Exch-SMTP-Accept-Authentication-Flag',
        'Anonymous users',
        'ExternalAuthoritative',
        'ExchangeServers',
        'Externally secured (for example, with',
        'anti-spam',
        'admin path',
      ],
    ],
    ...(['2010', '2007'] as const).map(
      (version) =>
        [
          `app-cannot-sign-in-exchange-${version}`,
          [
            'Hub Transport',
            'Externally Secured',
            'ExternalAuthoritative',
            'Permission Groups',
            'admin path',
          ],
        ] as const,
    ),
  ] as const)('%s states its facts', (id, facts) => {
    const { text } = page(id);
    for (const fact of facts) expect(text).toContain(fact);
  });

  it('Exchange 2007 and 2010 commands leave out the 2013-and-later -TransportRole parameter', () => {
    for (const id of [
      'app-sign-in-exchange-2010',
      'app-sign-in-exchange-2007',
      'app-cannot-sign-in-exchange-2010',
      'app-cannot-sign-in-exchange-2007',
    ]) {
      expect(powershellLines(page(id)).join('\n')).not.toContain('-TransportRole');
    }
  });

  it('the accept-authoritative-domain-sender permission is never presented as what makes mail authenticated', () => {
    for (const facts of appPages) {
      expect(facts.text).not.toMatch(
        /Authoritative-Domain-Sender[^.]*(?:makes|counts as) (?:it |their mail )?authenticated/,
      );
    }
  });
});

// The corrected facts of the content review (docs/content-review/sender-app.md), so they stay fixed.
describe('facts corrected by the content review', () => {
  const platformOf = (id: string) => bundle!.fixes.find((fix) => fix.id === id)!.appliesTo.platform;

  it.each(appPages.map((facts) => [facts.id, facts] as const))(
    '%s opens with the choice: make the app sign in (best) or relax the recipient (quick), linked',
    (id, facts) => {
      const intro = textOf(facts.body.intro);
      expect(intro).toContain('Best: make the app or device sign in (no change to the recipient)');
      expect(intro).toContain('Quick: let the recipient accept its mail (trade-off: open to spam)');
      for (const platform of platformOf(id) ?? []) {
        // The page as that platform's URL shows it links that platform's fix, and no other's.
        const shown = fixBodyForAnswers(facts.body, { role: 'app', platform });
        const links: string[] = [];
        collect([...shown.intro, ...shown.sections.flatMap((s) => s.blocks)], [], links);
        const fixes = links.filter((link) => link.startsWith('/admin/distribution-group/'));
        expect(fixes, `${id} at ${platform}`).toEqual(
          expect.arrayContaining([`/admin/distribution-group/${platform}`]),
        );
        expect(new Set(fixes), `${id} at ${platform}`).toEqual(
          new Set([`/admin/distribution-group/${platform}`]),
        );
      }
    },
  );

  it('an app page for one version names only that version in its title', () => {
    const versions = { 'exchange-2010': '2010', 'exchange-2007': '2007' } as const;
    for (const fix of bundle!.fixes.filter((candidate) =>
      candidate.appliesTo.role?.includes('app'),
    )) {
      const platforms = fix.appliesTo.platform ?? [];
      for (const [platform, year] of Object.entries(versions)) {
        if (!platforms.includes(platform)) expect(fix.title, fix.id).not.toContain(year);
      }
    }
  });

  it('no page says outside senders get in while the authentication requirement stays on (findings 4, 5)', () => {
    for (const facts of [...senderPages, ...appPages]) {
      expect(facts.text, facts.id).not.toMatch(/keep(?:s)? the restriction and (?:add|allow)/);
      expect(facts.text, facts.id).not.toMatch(/must now be off \(or /);
    }
    expect(page('app-cannot-sign-in-exchange-online').text).toMatch(/if you chose a\s+list/);
  });

  it('5.7.57 may be a refused sign-in: read the inner 535 reason (finding 2)', () => {
    const { text } = page('app-sign-in-errors-exchange-online');
    expect(text).toContain("5.7.57: the app didn't sign in, or its sign-in was refused");
    expect(text).toContain('Error: 535 5.7.139');
    expect(text).toContain('SmtpClientAuthentication is disabled for the Mailbox');
  });

  it('security defaults are an organization-wide switch, not relaxed for one mailbox (finding 8)', () => {
    for (const id of ['app-sign-in-exchange-online', 'app-sign-in-errors-exchange-online']) {
      const { text } = page(id);
      expect(text, id).toMatch(/Security defaults[^]*(?:for the whole organization|for everyone)/);
      expect(text, id).not.toMatch(/relax(?:ing)? MFA, security defaults/);
      expect(text, id).toMatch(/Microsoft\s+Entra ID P1/);
    }
  });

  it('a signed-in app is authenticated as its account, not through Accept-Authentication-Flag (finding 12)', () => {
    const { text } = page('app-cannot-sign-in-exchange-server');
    expect(text).toMatch(/is authenticated as\s+the account it signed in with/);
    expect(text).not.toMatch(/Mail gets that flag in two ways/);
  });

  it('the trusted connector sits on the Client Access server in split-role Exchange 2013 (finding 15)', () => {
    expect(page('app-cannot-sign-in-exchange-server').text).toContain(
      'Client Access server in a split-role Exchange 2013',
    );
  });

  it('5.7.57 on-premises is hedged, not denied (finding 21)', () => {
    const { text } = page('app-sign-in-errors-on-premises');
    expect(text).toContain('usually come from Exchange Online');
    expect(text).not.toContain('not from your own server');
  });

  it('the sender pages name both causes of 5.7.129, both of "not authenticated", and hedge (findings 3, 6, 14, 20)', () => {
    expect(page('sender-not-allowed').text).toMatch(/5\.7\.129[^]*switched off/);
    expect(page('sender-bounce-explained').text).toContain('refuses all anonymous mail');
    expect(page('sender-authentication-required').text).toContain(
      'Exchange Online public folders answer the same way',
    );
    expect(page('sender-group-external-senders').text).not.toMatch(/guest/i);
    const explained = bundle!.fixes.find((fix) => fix.id === 'sender-bounce-explained')!;
    expect(explained.title).toMatch(/may mean/);
  });
});

describe('role slugs (src/lib/paths.ts) and tree.yaml agree', () => {
  it("every role the app links to is an option of the tree's first question", () => {
    const start = bundle.tree.questions[bundle.tree.start];
    const slugs = start?.options.map((option) => option.slug) ?? [];
    for (const role of Object.values(roleSlugs)) expect(slugs).toContain(role);
    for (const segment of RESERVED_ROOT_SEGMENTS) expect(slugs).not.toContain(segment);
  });
});
