import { describe, expect, it } from 'vitest';
import type { Tree, TreeQuestion } from '../../../content/model';
import {
  filterGroups,
  hasFilters,
  indexSearch,
  matchesFilters,
  readFilters,
  toggleFilter,
} from './fix-filters';

const question = (
  id: string,
  key: TreeQuestion['key'],
  slugs: string[],
  fixesFilter?: string,
): TreeQuestion => ({
  id,
  key,
  title: id,
  shortTitle: id,
  ...(fixesFilter ? { fixesFilter } : {}),
  options: slugs.map((slug) => ({ slug, label: `Label of ${slug}`, explanation: '' })),
});

const tree: Tree = {
  start: 'role',
  questions: {
    role: question('role', 'role', ['admin', 'app']),
    platform: question('platform', 'platform', ['exchange-online', 'exchange-2010'], 'Version'),
    recipient: question('recipient', 'recipient', ['mail-user'], 'Recipient'),
    // Same key, not marked: its options are no chips (the still-bouncing check reuses `surface`).
    check: question('check', 'surface', ['synced']),
    surface: question('surface', 'surface', ['emc', 'powershell'], 'Tool'),
    'app-platform': question('app-platform', 'platform', ['exchange-online'], 'Again'),
  },
};
const surface = question('surface', 'surface', ['emc', 'powershell'], 'Tool');
const withShortLabel: Tree = {
  start: 'surface',
  questions: {
    surface: {
      ...surface,
      options: surface.options.map((option) =>
        option.slug === 'powershell' ? { ...option, shortLabel: 'Shell' } : option,
      ),
    },
  },
};

const groups = filterGroups(tree);
const params = (search: string) => new URLSearchParams(search);

describe('filterGroups', () => {
  it('offers the marked questions as chip groups, in tree order, one per answer key', () => {
    expect(
      groups.map((group) => `${group.key} ${group.label}: ${group.chips.map((c) => c.slug)}`),
    ).toEqual([
      'platform Version: exchange-online,exchange-2010',
      'recipient Recipient: mail-user',
      'surface Tool: emc,powershell',
    ]);
  });

  it('labels a chip as the breadcrumb does: the short label, or the label', () => {
    expect(filterGroups(withShortLabel)[0]?.chips.map((chip) => chip.label)).toEqual([
      'Label of emc',
      'Shell',
    ]);
  });
});

describe('readFilters', () => {
  it('reads the pressed chips from the address', () => {
    expect(readFilters(params('?q=group&platform=exchange-2010&surface=emc'), groups)).toEqual({
      platform: 'exchange-2010',
      surface: 'emc',
    });
  });

  it('ignores unknown values and parameters, so garbage presses no chip', () => {
    const garbage = '?platform=exchange-1999&surface=EMC&recipient=%3Cscript%3E&role=admin&x=1';
    expect(readFilters(params(garbage), groups)).toEqual({});
    expect(readFilters(params('?surface=synced'), groups)).toEqual({});
    expect(readFilters(params('?platform=&recipient'), groups)).toEqual({});
  });

  it('takes the first known value of a key given twice', () => {
    expect(readFilters(params('?surface=nope&surface=powershell&surface=emc'), groups)).toEqual({
      surface: 'powershell',
    });
  });
});

describe('indexSearch', () => {
  it('writes the search first, then the chips in group order', () => {
    expect(indexSearch('5.7.1 group', { surface: 'emc', platform: 'exchange-2010' }, groups)).toBe(
      '?q=5.7.1+group&platform=exchange-2010&surface=emc',
    );
  });

  it('writes nothing for no search and no chip, and drops keys that are no group', () => {
    expect(indexSearch('', {}, groups)).toBe('');
    expect(indexSearch('', { role: 'admin' }, groups)).toBe('');
  });

  it('reads back what it writes', () => {
    const filters = { recipient: 'mail-user', platform: 'exchange-online' };
    expect(readFilters(params(indexSearch('x', filters, groups)), groups)).toEqual(filters);
  });
});

describe('toggleFilter', () => {
  it('presses a chip, replaces the pressed chip of its group, and unpresses itself', () => {
    const pressed = toggleFilter({}, 'surface', 'emc');
    expect(pressed).toEqual({ surface: 'emc' });
    expect(toggleFilter(pressed, 'surface', 'powershell')).toEqual({ surface: 'powershell' });
    expect(toggleFilter({ ...pressed, platform: 'exchange-2010' }, 'surface', 'emc')).toEqual({
      platform: 'exchange-2010',
    });
    expect(hasFilters(toggleFilter(pressed, 'surface', 'emc'))).toBe(false);
    expect(hasFilters(pressed)).toBe(true);
  });
});

describe('matchesFilters', () => {
  it('needs every pressed chip to hold (AND across groups)', () => {
    const facets = { platform: ['exchange-2010'], surface: ['emc'] };
    expect(matchesFilters(facets, {})).toBe(true);
    expect(matchesFilters(facets, { platform: 'exchange-2010', surface: 'emc' })).toBe(true);
    expect(matchesFilters(facets, { platform: 'exchange-2010', surface: 'powershell' })).toBe(
      false,
    );
  });

  it('keeps an entry for any value of a key, and drops one for none', () => {
    expect(matchesFilters({ surface: ['emc'] }, { recipient: 'mail-user' })).toBe(true);
    expect(matchesFilters({ surface: [] }, { surface: 'emc' })).toBe(false);
  });
});
