import { describe, expect, it, vi } from 'vitest';
import { fixSummary } from './fix-summary.test-helper.ts';
import type { FixBody } from './model.ts';
import { createFixBodyCache } from './fix-body-cache.ts';

const body: FixBody = {
  id: 'a',
  summary: fixSummary('a', { title: 'A' }),
  intro: [],
  sections: [],
};

describe('fix body cache', () => {
  it('loads a body once and then reads it synchronously', async () => {
    const loader = vi.fn(() => Promise.resolve(body));
    const cache = createFixBodyCache({ a: loader });
    expect(cache.peek('a')).toBeUndefined();
    const first = cache.load('a');
    expect(cache.load('a')).toBe(first);
    await first;
    expect(cache.peek('a')).toBe(body);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('starts a new load after a failed one is retried', async () => {
    const loader = vi
      .fn<() => Promise<FixBody>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(body);
    const cache = createFixBodyCache({ a: loader });
    await expect(cache.load('a')).rejects.toThrow('offline');
    await expect(cache.load('a')).rejects.toThrow('offline');
    cache.retry('a');
    await cache.load('a');
    expect(cache.peek('a')).toBe(body);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('rejects an unknown id', async () => {
    const cache = createFixBodyCache({});
    await expect(cache.load('nope')).rejects.toThrow('No fix page with id "nope"');
  });
});
