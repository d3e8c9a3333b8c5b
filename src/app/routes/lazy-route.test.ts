import { describe, expect, it, vi } from 'vitest';
import { lazyRoute } from './lazy-route';

const Screen = () => null;

describe('lazy route', () => {
  it('loads its chunk once, however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Screen }));
    const route = lazyRoute('/analyze', load);
    expect(load).not.toHaveBeenCalled();
    const first = route.preload();
    expect(route.preload()).toBe(first);
    await first;
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed download', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Screen }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: Screen });
    const route = lazyRoute('/analyze', load);
    await expect(route.preload()).rejects.toThrow('offline');
    await expect(route.preload()).resolves.toEqual({ default: Screen });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
