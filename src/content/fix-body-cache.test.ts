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

/** A chunk loader that fails the first time (offline) and loads the body the next time. */
const failsOnceThenLoads = () =>
  vi
    .fn<() => Promise<FixBody>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValueOnce(body);

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
    const loader = failsOnceThenLoads();
    const cache = createFixBodyCache({ a: loader });
    await expect(cache.load('a')).rejects.toThrow('offline');
    await expect(cache.load('a')).rejects.toThrow('offline');
    cache.retry('a');
    await cache.load('a');
    expect(cache.peek('a')).toBe(body);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed prefetch that no page asked for, so opening the page loads again', async () => {
    const loader = failsOnceThenLoads();
    const cache = createFixBodyCache({ a: loader });
    cache.prefetch('a');
    await vi.waitFor(() => expect(loader).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    await expect(cache.load('a')).resolves.toBe(body);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed prefetch that a page joined failed until retried: React may read its promise again', async () => {
    let fail: (error: Error) => void = () => undefined;
    const loader = vi
      .fn<() => Promise<FixBody>>()
      .mockReturnValueOnce(new Promise<FixBody>((_, reject) => (fail = reject)))
      .mockResolvedValueOnce(body);
    const cache = createFixBodyCache({ a: loader });
    cache.prefetch('a');
    const joined = cache.load('a');
    fail(new Error('offline'));
    await expect(joined).rejects.toThrow('offline');
    expect(cache.load('a')).toBe(joined);
    cache.retry('a');
    await expect(cache.load('a')).resolves.toBe(body);
  });

  it('a prefetch joins a load under way and starts nothing once the body is here', async () => {
    const loader = vi.fn(() => Promise.resolve(body));
    const cache = createFixBodyCache({ a: loader });
    const loading = cache.load('a');
    cache.prefetch('a');
    await loading;
    cache.prefetch('a');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('rejects an unknown id', async () => {
    const cache = createFixBodyCache({});
    await expect(cache.load('nope')).rejects.toThrow('No fix page with id "nope"');
  });
});
