import { projectContentBuild } from './build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { roleSlugs } from '../lib/paths.ts';
import type { Tree, TreeOption, TreeQuestion } from './model.ts';
import { resolvePosition, segmentsFromPath } from './resolve-position.ts';
import { troubleshootingPathFor } from './troubleshooting-path.ts';

/** Options and questions with only what the walk reads: slugs, next questions, conditions. */
const to = (next: string, slugs: string[], when?: TreeOption['when']): TreeOption[] =>
  slugs.map((slug) => ({ slug, label: slug, explanation: '', next, ...(when ? { when } : {}) }));
const ends = (slugs: string[]): TreeOption[] =>
  slugs.map((slug) => ({ slug, label: slug, explanation: '' }));
const ask = (id: string, key: TreeQuestion['key'], options: TreeOption[]): TreeQuestion => ({
  id,
  key,
  title: id,
  shortTitle: id,
  options,
});

/** An admin path (recipient → platform → method) and a troubleshooting path asking the other way round. */
const tree: Tree = {
  start: 'role',
  questions: {
    role: ask('role', 'role', [...to('recipient', ['admin']), ...to('help-platform', ['help'])]),
    recipient: ask('recipient', 'recipient', to('platform', ['group', 'cloud-group'])),
    platform: ask('platform', 'platform', to('method', ['online', 'server'])),
    method: ask('method', 'method', ends(['everyone', 'list'])),
    'help-platform': ask('help-platform', 'platform', to('help-recipient', ['online', 'server'])),
    'help-recipient': ask('help-recipient', 'recipient', [
      ...to('symptom', ['group']),
      ...to('symptom', ['cloud-group'], { platform: ['online'] }),
    ]),
    symptom: ask('symptom', 'method', ends(['same', 'other'])),
  },
};

const admin = { role: 'admin', recipient: 'group', platform: 'server', method: 'everyone' };

describe('troubleshootingPathFor', () => {
  it('carries the platform and recipient over, in the order the troubleshooting path asks them', () => {
    expect(troubleshootingPathFor(tree, admin, 'help')).toBe('/help/server/group');
  });

  it('goes as deep as the answers settle, to the fix page itself', () => {
    expect(troubleshootingPathFor(tree, { ...admin, method: 'same' }, 'help')).toBe(
      '/help/server/group/same',
    );
  });

  it('stops where an answer is not offered after the earlier ones', () => {
    expect(
      troubleshootingPathFor(
        tree,
        { ...admin, recipient: 'cloud-group', platform: 'server' },
        'help',
      ),
    ).toBe('/help/server');
    expect(
      troubleshootingPathFor(
        tree,
        { ...admin, recipient: 'cloud-group', platform: 'online' },
        'help',
      ),
    ).toBe('/help/online/cloud-group');
  });

  it('still links to the start of the path when no answer carries over', () => {
    expect(troubleshootingPathFor(tree, { role: 'admin' }, 'help')).toBe('/help');
  });

  it('gives nothing when the tree has no such path', () => {
    expect(troubleshootingPathFor(tree, admin, 'still-bouncing')).toBeUndefined();
  });
});

describe('the real tree', () => {
  const { bundle, problems } = projectContentBuild();
  if (!bundle) throw new Error(problems.map((problem) => problem.message).join('\n'));
  const content = { tree: bundle.tree, fixes: bundle.fixes };

  it.each([
    ['distribution-group', 'exchange-online', '/still-bouncing/exchange-online/distribution-group'],
    ['public-folder', 'exchange-2007', '/still-bouncing/exchange-2007/public-folder'],
    [
      'microsoft-365-group',
      'exchange-online',
      '/still-bouncing/exchange-online/microsoft-365-group',
    ],
  ])(
    'an admin fix for a %s on %s leads to %s, a question of the path',
    (recipient, platform, path) => {
      const answers = {
        role: roleSlugs.admin,
        recipient,
        platform,
        method: 'allow-everyone',
        surface: 'powershell',
      };
      expect(troubleshootingPathFor(bundle.tree, answers, roleSlugs.stillBouncing)).toBe(path);
      const position = resolvePosition(content, segmentsFromPath(path));
      expect(position.kind === 'question' && position.question.key).toBe('method');
    },
  );
});
