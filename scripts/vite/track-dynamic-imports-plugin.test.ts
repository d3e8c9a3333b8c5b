import { describe, expect, it } from 'vitest';
import { manifestKey } from './track-dynamic-imports-plugin.ts';

describe('manifest keys of lazily imported modules', () => {
  it('makes file paths relative to the project root', () => {
    expect(manifestKey('/repo/src/features/x/Route.tsx', '/repo')).toBe('src/features/x/Route.tsx');
  });

  it('strips the virtual-module marker and any query', () => {
    expect(manifestKey('\0virtual:content/fix/abc', '/repo')).toBe('virtual:content/fix/abc');
    expect(manifestKey('/repo/src/a.ts?used', '/repo')).toBe('src/a.ts');
  });
});
