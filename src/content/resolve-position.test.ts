import { describe, expect, it } from 'vitest';
import { fixFor } from './fix-summary.test-helper.ts';
import type { Tree } from './model.ts';
import { redirectFor, resolvePosition, segmentsFromPath } from './resolve-position.ts';
import { enumeratePositions } from './enumerate-positions.ts';

const tree: Tree = {
  start: 'role',
  questions: {
    role: {
      id: 'role',
      key: 'role',
      title: 'Who?',
      shortTitle: 'You',
      options: [
        { slug: 'sender', label: 'Sender', explanation: '' },
        { slug: 'admin', label: 'Admin', explanation: '', next: 'recipient' },
      ],
    },
    recipient: {
      id: 'recipient',
      key: 'recipient',
      title: 'What?',
      shortTitle: 'Recipient',
      options: [
        { slug: 'mail-user', label: 'Mail user', explanation: '', next: 'platform' },
        { slug: 'microsoft-365-group', label: 'M365 group', explanation: '', next: 'platform' },
      ],
    },
    platform: {
      id: 'platform',
      key: 'platform',
      title: 'Where?',
      shortTitle: 'Exchange',
      options: [
        { slug: 'exchange-online', label: 'Online', explanation: '' },
        {
          slug: 'exchange-2010',
          label: '2010',
          explanation: '',
          when: { recipient: ['mail-user', 'microsoft-365-group'] },
          unavailable: [
            {
              when: { recipient: ['microsoft-365-group'] },
              reason: 'Cloud only.',
              alternative: {
                label: 'Use Online',
                path: '/admin/microsoft-365-group/exchange-online',
              },
            },
          ],
        },
      ],
    },
  },
};
const fixes = [
  fixFor('sender', { role: ['sender'] }),
  fixFor('online', { role: ['admin'], platform: ['exchange-online'] }),
  fixFor('mail-user-2010', {
    role: ['admin'],
    recipient: ['mail-user'],
    platform: ['exchange-2010'],
  }),
];
const content = { tree, fixes };
const at = (path: string) => resolvePosition(content, segmentsFromPath(path));

describe('URL ↔ tree position', () => {
  it('resolves / to the start question', () => {
    const position = at('/');
    expect(position.kind === 'question' && position.question.id).toBe('role');
  });

  it('resolves a path of answers to the question it reaches, with the answers and trail', () => {
    const position = at('/admin/mail-user');
    expect(position.kind).toBe('question');
    expect(position.answers).toEqual({ role: 'admin', recipient: 'mail-user' });
    expect(position.trail.map((step) => step.questionPath)).toEqual(['/', '/admin']);
  });

  it('resolves a complete path to the fix page whose appliesTo matches', () => {
    const position = at('/admin/mail-user/exchange-2010');
    expect(position.kind === 'fix' && position.fix.id).toBe('mail-user-2010');
    expect(at('/sender').kind === 'fix' && at('/sender').path).toBe('/sender');
  });

  it('ignores a trailing slash', () => {
    expect(at('/admin/').kind).toBe('question');
  });

  it('resolves a refused combination to "unavailable" with its reason', () => {
    const position = at('/admin/microsoft-365-group/exchange-2010');
    expect(position.kind).toBe('unavailable');
    expect(position.kind === 'unavailable' && position.rule.reason).toBe('Cloud only.');
  });

  it('reports an unknown segment with the nearest valid step', () => {
    const position = at('/admin/mail-user/exchange-2003');
    expect(position.kind).toBe('not-found');
    if (position.kind !== 'not-found') return;
    expect(position.unknownSegment).toBe('exchange-2003');
    expect(position.nearest.path).toBe('/admin/mail-user');
  });

  it('reports segments after a fix page as not found, nearest the fix', () => {
    const position = at('/sender/more');
    expect(position.kind === 'not-found' && position.nearest.path).toBe('/sender');
  });

  it('treats a slug hidden by `when` as unknown', () => {
    const position = at('/admin/mail-user/exchange-online');
    expect(position.kind).toBe('fix');
    const hidden = resolvePosition(
      { tree: { ...tree, start: 'platform' }, fixes },
      segmentsFromPath('/exchange-2010'),
    );
    expect(hidden.kind).toBe('not-found');
  });

  it('enumerates every question, fix and unavailable combination', () => {
    expect(enumeratePositions(content).map((p) => `${p.kind} ${p.path}`)).toEqual([
      'question /',
      'fix /sender',
      'question /admin',
      'question /admin/mail-user',
      'fix /admin/mail-user/exchange-online',
      'fix /admin/mail-user/exchange-2010',
      'question /admin/microsoft-365-group',
      'fix /admin/microsoft-365-group/exchange-online',
      'unavailable /admin/microsoft-365-group/exchange-2010',
    ]);
  });

  it('records the answers that lead to each position', () => {
    const byPath = new Map(enumeratePositions(content).map((p) => [p.path, p.answers]));
    expect(byPath.get('/')).toEqual({});
    expect(byPath.get('/admin/mail-user/exchange-2010')).toEqual({
      role: 'admin',
      recipient: 'mail-user',
      platform: 'exchange-2010',
    });
    expect(byPath.get('/admin/microsoft-365-group/exchange-2010')).toEqual({
      role: 'admin',
      recipient: 'microsoft-365-group',
    });
  });
});

describe('redirectFor', () => {
  const redirects = [{ from: '/admin/dl', to: '/admin/distribution-group' }];
  it('redirects the old path and everything below it', () => {
    expect(redirectFor(redirects, '/admin/dl')).toBe('/admin/distribution-group');
    expect(redirectFor(redirects, '/admin/dl/exchange-online/')).toBe(
      '/admin/distribution-group/exchange-online',
    );
  });
  it('leaves other paths alone', () => {
    expect(redirectFor(redirects, '/admin/dlx')).toBeUndefined();
  });
});
