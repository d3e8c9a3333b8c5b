import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Lets deep links work on plain static hosts: `404.html` (GitHub Pages and most hosts serve it for
 * unknown paths) and `_redirects` (Netlify, Cloudflare Pages) both hand every path to the app.
 */
export function spaFallbackPlugin(base: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'bounce-fix-spa-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const index = join(outDir, 'index.html');
      if (!existsSync(index)) return;
      copyFileSync(index, join(outDir, '404.html'));
      writeFileSync(join(outDir, '_redirects'), `${base}* ${base}index.html 200\n`);
    },
  };
}
