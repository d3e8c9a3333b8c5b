import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safe-storage.ts';

describe('createSafeStorage', () => {
  it('falls back to memory when storage throws', () => {
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const storage = createSafeStorage(blocked);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('falls back to memory when there is no storage (prerendering)', () => {
    const storage = createSafeStorage(() => undefined);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });
});
