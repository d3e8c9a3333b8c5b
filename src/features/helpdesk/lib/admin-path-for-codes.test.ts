import { describe, expect, it } from 'vitest';
import type { EnumeratedPosition } from '../../../content/enumerate-positions';
import { fixSummary } from '../../../content/fix-summary.test-helper';
import { adminPathForCodes } from './admin-path-for-codes';

const fix = (id: string, codes: string[]) => fixSummary(id, { codes });

const at = (path: string, id: string): EnumeratedPosition => ({
  kind: 'fix',
  path,
  id,
  answers: {},
});

const fixes = [
  fix('sender', ['5.7.1', '5.7.133']),
  fix('online-open', ['5.7.133', '5.7.12']),
  fix('online-list', ['5.7.133', '5.7.12']),
  fix('onprem-open', ['5.7.1']),
  fix('mail-user', ['5.7.136']),
];
const positions: EnumeratedPosition[] = [
  { kind: 'question', path: '/admin', id: 'recipient', answers: {} },
  at('/sender', 'sender'),
  at('/admin/group/online/open', 'online-open'),
  at('/admin/group/online/list', 'online-list'),
  at('/admin/group/exchange-2010/open', 'onprem-open'),
  at('/admin/mail-user/online/open', 'mail-user'),
];

describe('adminPathForCodes', () => {
  it('links to the admin start when no code is known', () => {
    expect(adminPathForCodes(positions, fixes, [], '/admin')).toBe('/admin');
  });

  it('links to the exact fix page when only one admin page fixes the code', () => {
    expect(adminPathForCodes(positions, fixes, ['5.7.136'], '/admin')).toBe(
      '/admin/mail-user/online/open',
    );
  });

  it('links to the question the admin pages for the code share', () => {
    expect(adminPathForCodes(positions, fixes, ['5.7.12'], '/admin')).toBe('/admin/group/online');
    expect(adminPathForCodes(positions, fixes, ['5.7.133', '5.7.1'], '/admin')).toBe(
      '/admin/group',
    );
  });

  it('ignores pages outside the admin path and codes nobody fixes', () => {
    expect(adminPathForCodes(positions, fixes, ['5.7.1'], '/admin')).toBe(
      '/admin/group/exchange-2010/open',
    );
    expect(adminPathForCodes(positions, fixes, ['4.4.7'], '/admin')).toBe('/admin');
  });
});
