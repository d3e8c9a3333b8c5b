import { describe, expect, it } from 'vitest';
import { analyzeBounce, type BounceAnalysis } from './analyze-bounce';
import { BulkGrouper, groupKey } from './bulk-groups';

/** An analysis with just these facts (on top of what an empty text gives). */
function analysis(overrides: Partial<BounceAnalysis>): BounceAnalysis {
  return { ...analyzeBounce('', { version: 1, entries: [] }), kind: 'in-family', ...overrides };
}

const entry = (id: string) => ({ id }) as BounceAnalysis['entry'];

describe('groupKey', () => {
  it('is the same for the same cause, recipient (any case) and platform', () => {
    const a = analysis({
      entry: entry('auth-required'),
      code: '5.7.1',
      recipient: 'A@contoso.com',
    });
    const b = analysis({
      entry: entry('auth-required'),
      code: '5.7.1',
      recipient: 'a@contoso.com',
    });
    expect(groupKey(a)).toBe(groupKey(b));
  });

  it('tells apart causes, recipients and each way the platform is known', () => {
    const base = { entry: entry('auth-required'), recipient: 'a@contoso.com' };
    const keys = [
      analysis(base),
      analysis({ ...base, entry: entry('exo-5-7-133-group') }),
      analysis({ ...base, recipient: 'b@contoso.com' }),
      analysis({ ...base, answers: { platform: 'exchange-2010' } }),
      analysis({ ...base, platformCandidates: ['exchange-2007', 'exchange-2010'] }),
      analysis({ ...base, platformGuess: 'on-premises' }),
      analysis({ recipient: 'a@contoso.com', code: '4.4.7' }),
      analysis({ recipient: 'a@contoso.com', code: '4.4.8' }),
    ].map(groupKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('BulkGrouper', () => {
  it('counts every bounce but keeps only a sample of codes, sources and servers', () => {
    const grouper = new BulkGrouper();
    for (let i = 0; i < 120; i += 1) {
      grouper.add(
        analysis({
          entry: entry('generic-5-7-security'),
          code: `5.7.${700 + (i % 20)}`,
          servers: { remote: `mx${i % 15}.contoso.com`, reporting: 'ignored.contoso.com' },
        }),
        `file-${i}.eml`,
      );
    }
    const [group] = grouper.groups();
    expect(grouper.bounces).toBe(120);
    expect(group?.count).toBe(120);
    expect(group?.codes).toHaveLength(10);
    expect(group?.sources).toHaveLength(50);
    expect(group?.sources[0]).toBe('file-0.eml');
    expect(group?.servers).toHaveLength(10);
    expect(group?.servers).not.toContain('ignored.contoso.com');
  });
});
