import { describe, expect, it, vi } from 'vitest';
import { lazyOnce } from './lazy-once';

describe('lazyOnce', () => {
  it('imports once, however often it is asked, and then reads synchronously', async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const module = lazyOnce(importer);
    expect(module.peek()).toBeUndefined();
    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(module.peek()).toEqual({ answer: 42 });
    await module.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed import, so the next load tries again', async () => {
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('loaded');
    const module = lazyOnce(importer);
    await expect(module.load()).rejects.toThrow('offline');
    expect(module.peek()).toBeUndefined();
    await expect(module.load()).resolves.toBe('loaded');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
