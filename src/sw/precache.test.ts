import { describe, expect, it } from 'vitest';
import { isImmutable, navigationTarget } from './precache';

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
});
