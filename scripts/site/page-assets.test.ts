import { describe, expect, it } from 'vitest';
import type { ClientManifest } from './client-manifest.ts';
import { initialAssets } from './page-assets.ts';

const manifest: ClientManifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  'virtual:content/fix/a': { file: 'assets/a.js', isDynamicEntry: true, imports: ['index.html'] },
  'virtual:content/fix/b': { file: 'assets/b.js', isDynamicEntry: true },
};

describe('initial assets of a page', () => {
  it('counts the entry, its static imports, the modulepreloads and the stylesheets', () => {
    const html = `<head>
      <script type="module" crossorigin src="/help/assets/index.js"></script>
      <link rel="stylesheet" crossorigin href="/help/assets/index.css">
      <link rel="modulepreload" crossorigin href="/help/assets/a.js" />
    </head>`;
    expect(initialAssets(html, '/help/', manifest)).toEqual({
      js: ['assets/index.js', 'assets/vendor.js', 'assets/a.js'],
      css: ['assets/index.css'],
      deferredCss: [],
      inlineCss: [],
    });
  });

  it('tells the deferred full stylesheet from the blocking ones, and skips <noscript>', () => {
    const html = `<head>
      <style>p{margin:0}</style>
      <link rel="stylesheet" crossorigin href="/assets/index.css" media="print" data-deferred-stylesheet />
      <noscript><link rel="stylesheet" crossorigin href="/assets/index.css" /></noscript>
    </head>`;
    const assets = initialAssets(html, '/', manifest);
    expect(assets.css).toEqual([]);
    expect(assets.deferredCss).toEqual(['assets/index.css']);
    expect(assets.inlineCss).toEqual(['p{margin:0}']);
  });

  it('counts the app the entry always loads at start', () => {
    const html = '<script type="module" src="/assets/boot.js"></script>';
    const withApp: ClientManifest = {
      'index.html': { file: 'assets/boot.js', isEntry: true, dynamicImports: ['src/main.tsx'] },
      'src/main.tsx': { file: 'assets/main.js', isDynamicEntry: true, imports: ['_vendor.js'] },
      '_vendor.js': { file: 'assets/vendor.js' },
    };
    expect(initialAssets(html, '/', withApp, ['src/main.tsx']).js).toEqual([
      'assets/boot.js',
      'assets/main.js',
      'assets/vendor.js',
    ]);
  });

  it('counts styles written into the page', () => {
    const html =
      '<style>body{color:red}</style><script type="module" src="/assets/index.js"></script>';
    expect(initialAssets(html, '/', manifest).inlineCss).toEqual(['body{color:red}']);
  });

  it('leaves out chunks the page only loads later', () => {
    const html = '<script type="module" src="/assets/index.js"></script>';
    expect(initialAssets(html, '/', manifest).js).not.toContain('assets/b.js');
  });
});
