import { describe, expect, it } from 'vitest';
import { chunkFiles, entryKey, type ClientManifest } from './client-manifest.ts';

const manifest: ClientManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/route.tsx'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/route.tsx': {
    file: 'assets/route.js',
    isDynamicEntry: true,
    imports: ['_shared.js', 'index.html'],
    css: ['assets/route.css'],
  },
};

describe('client manifest', () => {
  it('finds the entry', () => {
    expect(entryKey(manifest)).toBe('index.html');
  });

  it('collects a chunk, its static imports and their styles, not its dynamic imports', () => {
    expect(chunkFiles(manifest, ['index.html'])).toEqual({
      js: ['assets/index.js', 'assets/shared.js'],
      css: ['assets/index.css'],
    });
    expect(chunkFiles(manifest, ['src/route.tsx']).js).toEqual([
      'assets/route.js',
      'assets/shared.js',
      'assets/index.js',
    ]);
  });

  it('names a key the build does not know', () => {
    expect(() => chunkFiles(manifest, ['src/missing.tsx'])).toThrow(
      'The client build has no chunk for "src/missing.tsx"',
    );
  });
});
