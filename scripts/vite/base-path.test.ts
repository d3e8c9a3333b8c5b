import { describe, expect, it } from 'vitest';
import { deployBase } from './base-path.ts';

describe('deploy base', () => {
  it('defaults to the root', () => {
    expect(deployBase(undefined)).toBe('/');
    expect(deployBase('  ')).toBe('/');
  });

  it('adds the missing slashes', () => {
    expect(deployBase('some/path')).toBe('/some/path/');
    expect(deployBase('/some/path/')).toBe('/some/path/');
  });
});
