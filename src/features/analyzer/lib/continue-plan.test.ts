import { readFileSync, readdirSync } from 'node:fs';
import { projectContentBundle } from '../../../content/build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { platformSlugSchema, recipientSlugSchema } from '../../../content/codes-schema';
import type { Tree, TreeOption } from '../../../content/model';
import { resolvePosition } from '../../../content/resolve-position';
import { analyzeBounce } from './analyze-bounce';
import { continueRoutes, resolveBounce, rolesFor } from './continue-plan';
import { readBounceFile } from './read-bounce-file';

const content = projectContentBundle();
const catalogue = content.codes;
const fixturesDir = new URL('../fixtures/', import.meta.url);

async function analyzeFixture(name: string) {
  const file = await readBounceFile(readFileSync(new URL(name, fixturesDir)), name);
  return analyzeBounce(file.text, catalogue);
}

const option = (slug: string, next?: string): TreeOption => ({
  slug,
  label: slug,
  explanation: '',
  ...(next ? { next } : {}),
});

/** Every recipient type and platform of docs/design.md, as the finished content will have them. */
const fullTree: Tree = {
  start: 'role',
  questions: {
    role: {
      id: 'role',
      key: 'role',
      title: 'Role',
      shortTitle: 'You are',
      options: [
        option('sender', 'sender-bounce'),
        option('admin', 'recipient'),
        option('app', 'app-platform'),
      ],
    },
    recipient: {
      id: 'recipient',
      key: 'recipient',
      title: 'Recipient',
      shortTitle: 'Recipient',
      options: recipientSlugSchema.options.map((slug) => option(slug, 'platform')),
    },
    platform: {
      id: 'platform',
      key: 'platform',
      title: 'Platform',
      shortTitle: 'Exchange',
      options: platformSlugSchema.options.map((slug) => option(slug, 'method')),
    },
    method: {
      id: 'method',
      key: 'method',
      title: 'Method',
      shortTitle: 'Method',
      options: [option('allow-everyone'), option('allowed-senders')],
    },
    'sender-bounce': {
      id: 'sender-bounce',
      key: 'method',
      title: 'What does the bounce say?',
      shortTitle: 'Bounce says',
      options: ['authentication-required', 'group-external-senders', 'not-allowed', 'not-sure'].map(
        (slug) => option(slug),
      ),
    },
    'app-platform': {
      id: 'app-platform',
      key: 'platform',
      title: 'App platform',
      shortTitle: 'Exchange',
      options: platformSlugSchema.options.map((slug) => option(slug, 'app-sending')),
    },
    'app-sending': {
      id: 'app-sending',
      key: 'method',
      title: 'How does the app send?',
      shortTitle: 'The app',
      options: ['sign-in', 'sign-in-error', 'cannot-sign-in'].map((slug) => option(slug)),
    },
  },
};

async function plan(name: string, choice?: number) {
  const analysis = await analyzeFixture(name);
  const resolution = resolveBounce(analysis, choice);
  return continueRoutes(fullTree, analysis, resolution).map((route) => ({
    role: route.role,
    path: route.walk.path,
    next: route.walk.next?.id,
    shortcuts: route.shortcuts.map((shortcut) => shortcut.walk.path),
  }));
}

/** The same routes by role, where the test is about a route rather than their order. */
async function planByRole(name: string) {
  const routes = await plan(name);
  return Object.fromEntries(routes.map((route) => [route.role, route]));
}

describe('continue routes on a tree with every recipient and platform', () => {
  it('takes 5.7.136 to the method question of a mail user in Exchange Online, or to the sender page', async () => {
    // The bounce went back to a sender in another domain: the sender's way first.
    expect(await plan('exo-5-7-136-mail-user--outlook.txt')).toEqual([
      {
        role: 'sender',
        path: '/sender/authentication-required',
        next: undefined,
        shortcuts: [],
      },
      { role: 'admin', path: '/admin/mail-user/exchange-online', next: 'method', shortcuts: [] },
    ]);
  });

  it('takes 5.7.193 to the Microsoft 365 group, and the sender to its own page', async () => {
    const { admin, sender } = await planByRole('exo-5-7-193-microsoft-365-group--dsn.eml');
    expect(admin?.path).toBe('/admin/microsoft-365-group/exchange-online');
    expect(sender?.path).toBe('/sender/group-external-senders');
  });

  it('tells the sender of a 5.7.124 they are not on the allowed list', async () => {
    const { sender } = await planByRole('exo-5-7-124-not-allowed-sender--outlook.txt');
    expect(sender?.path).toBe('/sender/not-allowed');
  });

  it('never uses a sender-path answer on the admin path', async () => {
    const routes = await planByRole('auth-required--outlook-exchange-2010.txt');
    expect(routes.admin?.shortcuts).toContain('/admin/user-mailbox/exchange-2010');
    const analysis = await analyzeFixture('exo-5-7-136-mail-user--outlook.txt');
    const admin = continueRoutes(fullTree, analysis, resolveBounce(analysis)).find(
      (route) => route.role === 'admin',
    );
    expect(admin?.known).toEqual({
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-online',
    });
  });

  it('stops 5.7.134 at the recipient question with the two mailbox types as shortcuts', async () => {
    const { admin } = await planByRole('exo-5-7-134-mailbox--outlook.txt');
    expect(admin).toEqual({
      role: 'admin',
      path: '/admin',
      next: 'recipient',
      shortcuts: ['/admin/user-mailbox/exchange-online', '/admin/shared-mailbox/exchange-online'],
    });
  });

  it('offers 5.7.133 the three group types it can mean', async () => {
    const { admin } = await planByRole('exo-5-7-133-group--dsn.eml');
    expect(admin?.shortcuts).toEqual([
      '/admin/distribution-group/exchange-online',
      '/admin/security-group/exchange-online',
      '/admin/dynamic-distribution-group/exchange-online',
    ]);
  });

  it('keeps the platform of an on-premises AuthRequired bounce in every recipient shortcut', async () => {
    const { admin } = await planByRole('auth-required--outlook-exchange-2010.txt');
    expect(admin?.path).toBe('/admin');
    expect(admin?.shortcuts).toHaveLength(8);
    expect(admin?.shortcuts).toContain('/admin/distribution-group/exchange-2010');
  });

  it('sends an app-side 5.7.57 only down the app path, with its platform', async () => {
    expect(await plan('app-5-7-57-not-authenticated--app-log.txt')).toEqual([
      { role: 'app', path: '/app/exchange-online/sign-in-error', next: undefined, shortcuts: [] },
    ]);
  });

  it('sends an ambiguous bounce nowhere until its question is answered', async () => {
    expect(await plan('client-not-authenticated--outlook-on-premises.txt')).toEqual([]);
  });

  it('follows the answer to an ambiguous bounce', async () => {
    const analysis = await analyzeFixture('client-not-authenticated--outlook-on-premises.txt');
    const options = analysis.entry?.ask?.options ?? [];
    const appIndex = options.findIndex((candidate) => candidate.kind === 'app-side');
    const bounceIndex = options.findIndex((candidate) => candidate.kind === 'in-family');
    // On premises, but which version is unknown: the app path asks, offering the three.
    expect(await plan('client-not-authenticated--outlook-on-premises.txt', appIndex)).toEqual([
      {
        role: 'app',
        path: '/app',
        next: 'app-platform',
        shortcuts: [
          '/app/exchange-server/sign-in',
          '/app/exchange-2010/sign-in',
          '/app/exchange-2007/sign-in',
        ],
      },
    ]);
    expect(
      (await plan('client-not-authenticated--outlook-on-premises.txt', bounceIndex)).map(
        (r) => r.role,
      ),
    ).toEqual(['sender', 'admin']);
  });

  it('sends an admin error back into the admin path, with the recipient types its text names', async () => {
    expect(await plan('admin-error-not-group-manager--powershell.txt')).toEqual([
      {
        role: 'admin',
        path: '/admin',
        next: 'recipient',
        shortcuts: ['/admin/distribution-group', '/admin/security-group'],
      },
    ]);
  });

  it('sends a recipient synchronized from on-premises to its on-premises fix', async () => {
    expect(await plan('admin-error-synced-mail-user--powershell.txt')).toEqual([
      { role: 'admin', path: '/admin/mail-user/exchange-server', next: 'method', shortcuts: [] },
    ]);
    const [group] = await plan('admin-error-synced-group--powershell.txt');
    expect(group?.shortcuts).toEqual([
      '/admin/distribution-group/exchange-server',
      '/admin/security-group/exchange-server',
    ]);
  });

  it('sends an admin error whose text names no recipient to the start of the admin path', async () => {
    expect(await plan('admin-error-cmdlet-not-recognized--powershell.txt')).toEqual([
      { role: 'admin', path: '/admin', next: 'recipient', shortcuts: [] },
    ]);
  });

  it('never sends an unrelated bounce into the tree', async () => {
    expect(await plan('relay-denied--outlook.txt')).toEqual([]);
    expect(await plan('mailbox-full--dsn.eml')).toEqual([]);
  });
});

describe('resolveBounce and rolesFor', () => {
  it('leaves an ambiguous bounce awaiting its answer, and ignores a choice that is no option', async () => {
    const analysis = await analyzeFixture('client-not-authenticated--outlook-on-premises.txt');
    expect(resolveBounce(analysis).awaitingChoice).toBe(true);
    expect(resolveBounce(analysis, 99).awaitingChoice).toBe(true);
    expect(rolesFor(resolveBounce(analysis))).toEqual([]);
  });

  it('turns an ambiguous 5.7.1 answered "no" into an unrelated bounce with no answers', async () => {
    const analysis = await analyzeFixture('delivery-not-authorized-5-7-1--outlook.txt');
    const unrelated = analysis.entry?.ask?.options.findIndex(
      (candidate) => candidate.kind === 'unrelated',
    );
    expect(resolveBounce(analysis, unrelated)).toEqual({
      kind: 'unrelated',
      answers: {},
      awaitingChoice: false,
    });
  });

  it('uses the catalogue role when it gives one', () => {
    expect(
      rolesFor({ kind: 'in-family', answers: { role: 'sender' }, awaitingChoice: false }),
    ).toEqual(['sender']);
    expect(rolesFor({ kind: 'app-side', answers: {}, awaitingChoice: false })).toEqual(['app']);
    expect(rolesFor({ kind: 'no-code', answers: {}, awaitingChoice: false })).toEqual([]);
  });
});

describe('continue routes on the real content tree', () => {
  const fixtures = readdirSync(fixturesDir).filter((name) => /\.(eml|txt)$/.test(name));

  it.each(fixtures)('%s leads only to positions the tree has', async (name) => {
    const analysis = await analyzeFixture(name);
    const choices = analysis.entry?.ask?.options.map((_, index) => index) ?? [undefined];
    for (const choice of choices) {
      const routes = continueRoutes(content.tree, analysis, resolveBounce(analysis, choice));
      const paths = routes.flatMap((route) => [
        route.walk.path,
        ...route.shortcuts.map((s) => s.walk.path),
      ]);
      for (const path of paths) {
        const position = resolvePosition(content, path.split('/').filter(Boolean));
        expect(['question', 'fix'], `${name} → ${path}`).toContain(position.kind);
      }
    }
  });
});
