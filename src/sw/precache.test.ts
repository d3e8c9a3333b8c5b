import { describe, expect, it } from 'vitest';
import { inLanes, isImmutable, navigationTarget } from './precache';

const precached = new Set(['index.html', '404.html', 'admin/index.html', 'admin/x/index.html']);

describe('service worker precache', () => {
  it('answers a navigation with the page a static host would serve', () => {
    expect(navigationTarget('', precached)).toBe('index.html');
    expect(navigationTarget('admin/x', precached)).toBe('admin/x/index.html');
    expect(navigationTarget('admin/x/', precached)).toBe('admin/x/index.html');
    expect(navigationTarget('404.html', precached)).toBe('404.html');
  });

  it('has no page for an address it does not know', () => {
    expect(navigationTarget('admin/y', precached)).toBeUndefined();
  });

  it('trusts older copies only of files with a content hash in their name', () => {
    expect(isImmutable('assets/index-AbC123.js')).toBe(true);
    expect(isImmutable('admin/index.html')).toBe(false);
  });

  it('stores every file, at most two at a time, in order', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await inLanes([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('fails when a file cannot be stored', async () => {
    const store = (item: number) =>
      item === 3 ? Promise.reject(new Error('404')) : Promise.resolve();
    await expect(inLanes([1, 2, 3, 4], 2, store)).rejects.toThrow('404');
  });
});
