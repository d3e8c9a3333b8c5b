import { describe, expect, it } from 'vitest';
import { fixFor } from './fix-summary.test-helper.ts';
import type { Tree } from './model.ts';
import { findPowerShellSibling } from './powershell-sibling.ts';
import { resolvePosition, segmentsFromPath } from './resolve-position.ts';

const tree: Tree = {
  start: 'role',
  questions: {
    role: {
      id: 'role',
      key: 'role',
      title: 'Who?',
      shortTitle: 'You',
      options: [
        { slug: 'admin', label: 'Admin', explanation: '', next: 'platform' },
        { slug: 'app', label: 'App', explanation: '' },
      ],
    },
    platform: {
      id: 'platform',
      key: 'platform',
      title: 'Where?',
      shortTitle: 'Exchange',
      options: [
        { slug: 'exchange-online', label: 'Online', explanation: '', next: 'surface' },
        { slug: 'exchange-2007', label: '2007', explanation: '', next: 'surface' },
      ],
    },
    surface: {
      id: 'surface',
      key: 'surface',
      title: 'Tool?',
      shortTitle: 'Tool',
      options: [
        {
          slug: 'new-eac',
          label: 'New EAC',
          explanation: '',
          when: { platform: ['exchange-online'] },
        },
        { slug: 'emc', label: 'EMC', explanation: '', when: { platform: ['exchange-2007'] } },
        {
          slug: 'powershell',
          label: 'PowerShell',
          explanation: '',
          unavailable: [
            {
              when: { platform: ['exchange-2007'] },
              reason: 'Not in this test tree.',
              alternative: { label: 'EMC', path: '/admin/exchange-2007/emc' },
            },
          ],
        },
      ],
    },
  },
};

const fixes = [
  fixFor('online-eac', { role: ['admin'], platform: ['exchange-online'], surface: ['new-eac'] }),
  fixFor('online-shell', {
    role: ['admin'],
    platform: ['exchange-online'],
    surface: ['powershell'],
  }),
  fixFor('2007-emc', { role: ['admin'], platform: ['exchange-2007'], surface: ['emc'] }),
  fixFor('app', { role: ['app'] }),
];
const content = { tree, fixes };

function siblingOf(path: string) {
  const position = resolvePosition(content, segmentsFromPath(path));
  if (position.kind !== 'fix') throw new Error(`${path} is not a fix page`);
  return findPowerShellSibling(content, position);
}

describe('the PowerShell sibling of a fix page', () => {
  it('is the same answers with the admin tool switched to PowerShell', () => {
    const sibling = siblingOf('/admin/exchange-online/new-eac');
    expect(sibling?.path).toBe('/admin/exchange-online/powershell');
    expect(sibling?.fix.id).toBe('online-shell');
  });

  it('does not exist on the PowerShell page itself', () => {
    expect(siblingOf('/admin/exchange-online/powershell')).toBeUndefined();
  });

  it('does not exist when PowerShell is unavailable for those answers', () => {
    expect(siblingOf('/admin/exchange-2007/emc')).toBeUndefined();
  });

  it('does not exist on a page reached without choosing an admin tool', () => {
    expect(siblingOf('/app')).toBeUndefined();
  });
});
