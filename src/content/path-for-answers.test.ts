import { describe, expect, it } from 'vitest';
import type { Tree, TreeOption } from './model.ts';
import { answerLabel, answersOnPath, pathForAnswers, shortcutsAt } from './path-for-answers.ts';

const option = (slug: string, label: string, next?: string, extra: Partial<TreeOption> = {}) => ({
  slug,
  label,
  explanation: '',
  ...(next ? { next } : {}),
  ...extra,
});

/** A small tree with the shape of the real one: role → recipient → platform → method. */
const tree: Tree = {
  start: 'role',
  questions: {
    role: {
      id: 'role',
      key: 'role',
      title: 'What brings you here?',
      shortTitle: 'You are',
      options: [
        option('sender', 'I sent an email', 'sender-bounce'),
        option('admin', 'I manage Exchange', 'recipient-type'),
        option('app', 'An app sends the mail', 'app-platform'),
      ],
    },
    'recipient-type': {
      id: 'recipient-type',
      key: 'recipient',
      title: 'What kind of recipient?',
      shortTitle: 'Recipient',
      options: [
        option('user-mailbox', 'User mailbox', 'platform'),
        option('shared-mailbox', 'Shared mailbox', 'platform'),
        option('distribution-group', 'Distribution group', 'platform'),
        option('microsoft-365-group', 'Microsoft 365 group', 'platform'),
        option('mail-user', 'Mail user', 'platform'),
      ],
    },
    platform: {
      id: 'platform',
      key: 'platform',
      title: 'Which Exchange?',
      shortTitle: 'Exchange',
      options: [
        option('exchange-online', 'Exchange Online', 'method'),
        option('exchange-2010', 'Exchange 2010', 'method', {
          unavailable: [
            {
              when: { recipient: ['microsoft-365-group'] },
              reason: 'Cloud only.',
              alternative: {
                label: 'Exchange Online',
                path: '/admin/microsoft-365-group/exchange-online',
              },
            },
          ],
        }),
        option('exchange-2007', 'Exchange 2007', 'method', {
          when: { recipient: ['user-mailbox', 'distribution-group'] },
        }),
      ],
    },
    method: {
      id: 'method',
      key: 'method',
      title: 'How far should it open up?',
      shortTitle: 'Method',
      options: [option('allow-everyone', 'Everyone'), option('allowed-senders', 'Chosen senders')],
    },
    'sender-bounce': {
      id: 'sender-bounce',
      key: 'method',
      title: 'What does the bounce say?',
      shortTitle: 'Bounce says',
      options: [
        option('authentication-required', 'Authentication required'),
        option('not-allowed', 'Not allowed'),
      ],
    },
    'app-platform': {
      id: 'app-platform',
      key: 'platform',
      title: 'Where does the group live?',
      shortTitle: 'Exchange',
      options: [
        option('exchange-online', 'Exchange Online'),
        option('exchange-2010', 'Exchange 2010'),
      ],
    },
  },
};

describe('pathForAnswers', () => {
  it('takes 5.7.136 (mail user in Exchange Online) to the method question', () => {
    const walk = pathForAnswers(tree, {
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-online',
    });
    expect(walk.path).toBe('/admin/mail-user/exchange-online');
    expect(walk.next?.id).toBe('method');
    expect(walk.steps.map((step) => step.question.key)).toEqual(['role', 'recipient', 'platform']);
    expect(walk.answers).toEqual({
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-online',
    });
  });

  it('takes 5.7.193 to the Microsoft 365 group in Exchange Online', () => {
    const walk = pathForAnswers(tree, {
      role: 'admin',
      recipient: 'microsoft-365-group',
      platform: 'exchange-online',
    });
    expect(walk.path).toBe('/admin/microsoft-365-group/exchange-online');
  });

  it('stops at the recipient question when the bounce only narrows the recipient (5.7.134)', () => {
    const walk = pathForAnswers(tree, { role: 'admin', platform: 'exchange-online' });
    expect(walk.path).toBe('/admin');
    expect(walk.next?.id).toBe('recipient-type');
    expect(walk.answers).toEqual({ role: 'admin' });
  });

  it('follows the app path with its platform to the end of the path', () => {
    const walk = pathForAnswers(tree, { role: 'app', platform: 'exchange-online' });
    expect(walk.path).toBe('/app/exchange-online');
    expect(walk.next).toBeUndefined();
  });

  it('follows the sender path, ignoring answers the path never asks', () => {
    const walk = pathForAnswers(tree, {
      role: 'sender',
      recipient: 'mail-user',
      platform: 'exchange-online',
      method: 'not-allowed',
    });
    expect(walk.path).toBe('/sender/not-allowed');
    expect(walk.next).toBeUndefined();
    expect(walk.answers).toEqual({ role: 'sender', method: 'not-allowed' });
  });

  it('stops where an answer meant for another path does not fit', () => {
    const walk = pathForAnswers(tree, {
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-online',
      method: 'not-allowed',
    });
    expect(walk.path).toBe('/admin/mail-user/exchange-online');
    expect(walk.next?.id).toBe('method');
  });

  it('stops early at a slug the tree does not have', () => {
    const walk = pathForAnswers(tree, {
      role: 'admin',
      recipient: 'public-folder',
      platform: 'exchange-online',
    });
    expect(walk.path).toBe('/admin');
    expect(walk.next?.key).toBe('recipient');
  });

  it('stays at the start when the role is unknown or not in the tree', () => {
    expect(pathForAnswers(tree, { recipient: 'mail-user' })).toMatchObject({
      path: '/',
      segments: [],
    });
    expect(pathForAnswers(tree, { role: 'auditor' }).next?.id).toBe('role');
  });

  it('does not take an option hidden by an earlier answer', () => {
    const walk = pathForAnswers(tree, {
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-2007',
    });
    expect(walk.path).toBe('/admin/mail-user');
    expect(walk.next?.key).toBe('platform');
  });

  it('does not take an option that is unavailable after earlier answers', () => {
    const walk = pathForAnswers(tree, {
      role: 'admin',
      recipient: 'microsoft-365-group',
      platform: 'exchange-2010',
    });
    expect(walk.path).toBe('/admin/microsoft-365-group');
  });

  it('gives up on a tree whose start question is missing', () => {
    expect(pathForAnswers({ start: 'nowhere', questions: {} }, { role: 'admin' })).toEqual({
      segments: [],
      path: '/',
      steps: [],
      answers: {},
    });
  });

  it('never loops on a tree with a cycle', () => {
    const looping: Tree = {
      start: 'a',
      questions: {
        a: {
          id: 'a',
          key: 'role',
          title: 'A',
          shortTitle: 'A',
          options: [option('admin', 'Admin', 'b')],
        },
        b: {
          id: 'b',
          key: 'recipient',
          title: 'B',
          shortTitle: 'B',
          options: [option('mail-user', 'MU', 'a')],
        },
      },
    };
    const walk = pathForAnswers(looping, { role: 'admin', recipient: 'mail-user' });
    expect(walk.path).toBe('/admin/mail-user');
  });
});

describe('shortcutsAt', () => {
  const links = (known: Parameters<typeof pathForAnswers>[1], candidates = {}) => {
    const walk = pathForAnswers(tree, known);
    return shortcutsAt(tree, walk, known, candidates).map((shortcut) => [
      shortcut.option.slug,
      shortcut.walk.path,
    ]);
  };

  it('offers only the candidate recipients of 5.7.134, each continued with the platform', () => {
    expect(
      links(
        { role: 'admin', platform: 'exchange-online' },
        { recipient: ['user-mailbox', 'shared-mailbox'] },
      ),
    ).toEqual([
      ['user-mailbox', '/admin/user-mailbox/exchange-online'],
      ['shared-mailbox', '/admin/shared-mailbox/exchange-online'],
    ]);
  });

  it('leaves out candidates the tree does not have', () => {
    expect(
      links(
        { role: 'admin', platform: 'exchange-online' },
        { recipient: ['security-group', 'distribution-group'] },
      ),
    ).toEqual([['distribution-group', '/admin/distribution-group/exchange-online']]);
  });

  it('offers every recipient when only a later answer is known, so the platform is kept', () => {
    const found = links({ role: 'admin', platform: 'exchange-2010' });
    expect(found).toContainEqual(['distribution-group', '/admin/distribution-group/exchange-2010']);
    // Exchange 2010 is unavailable for a Microsoft 365 group: that link stops at the platform question.
    expect(found).toContainEqual(['microsoft-365-group', '/admin/microsoft-365-group']);
    expect(found).toHaveLength(5);
  });

  it('offers nothing when no later answer is known and nothing was narrowed', () => {
    expect(links({ role: 'admin' })).toEqual([]);
    expect(links({ role: 'app' })).toEqual([]);
  });

  it('offers nothing when the stopping key is known but missing from the tree', () => {
    expect(
      links({ role: 'admin', recipient: 'public-folder', platform: 'exchange-online' }),
    ).toEqual([]);
  });

  it('offers platform candidates where the walk stops at the platform', () => {
    expect(
      links(
        { role: 'admin', recipient: 'user-mailbox' },
        { platform: ['exchange-server', 'exchange-2010', 'exchange-2007'] },
      ),
    ).toEqual([
      ['exchange-2010', '/admin/user-mailbox/exchange-2010'],
      ['exchange-2007', '/admin/user-mailbox/exchange-2007'],
    ]);
  });

  it('offers nothing at the end of a path', () => {
    expect(
      links(
        { role: 'sender', method: 'not-allowed' },
        { recipient: ['user-mailbox', 'shared-mailbox'] },
      ),
    ).toEqual([]);
  });
});

describe('answersOnPath', () => {
  const known = {
    recipient: 'mail-user',
    platform: 'exchange-online',
    method: 'authentication-required',
  };

  it('keeps only the answers the role’s path can take', () => {
    expect(answersOnPath(tree, { ...known, role: 'admin' })).toEqual({
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-online',
    });
    expect(answersOnPath(tree, { ...known, role: 'sender' })).toEqual({
      role: 'sender',
      method: 'authentication-required',
    });
    expect(answersOnPath(tree, { ...known, role: 'app' })).toEqual({
      role: 'app',
      platform: 'exchange-online',
    });
  });

  it('drops a slug the path does not have', () => {
    expect(answersOnPath(tree, { role: 'admin', recipient: 'public-folder' })).toEqual({
      role: 'admin',
    });
  });

  it('keeps nothing without a known role', () => {
    expect(answersOnPath(tree, known)).toEqual({});
    expect(answersOnPath(tree, { ...known, role: 'auditor' })).toEqual({});
  });
});

describe('answerLabel', () => {
  it('uses the label of the tree option with that slug', () => {
    expect(answerLabel(tree, 'recipient', 'mail-user')).toBe('Mail user');
    expect(answerLabel(tree, 'platform', 'exchange-2010')).toBe('Exchange 2010');
  });

  it('makes the slug readable when the tree has no such option', () => {
    expect(answerLabel(tree, 'recipient', 'public-folder')).toBe('Public folder');
  });
});
