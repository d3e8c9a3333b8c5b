import { readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Makes `vite preview` answer like a plain static host serving the prerendered site: a file if it
 * exists, else `<path>/index.html` (with or without a trailing slash), else `404.html` with status
 * 404 — instead of Vite's SPA fallback, which would answer every address with the home page.
 */
export function staticHostPreviewPlugin(): Plugin {
  return {
    name: 'bounce-fix-static-host-preview',
    apply: 'serve',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        const url = new URL(req.url, 'http://preview.invalid');
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          pathname = url.pathname;
        }
        if (!pathname.startsWith(base)) return next();
        const relativePath = pathname.slice(base.length);
        const target = resolve(outDir, relativePath);
        if (target !== outDir && !target.startsWith(outDir + sep)) return next();
        if (relativePath !== '' && !relativePath.endsWith('/') && isFile(target)) return next();
        if (isFile(join(target, 'index.html'))) {
          const directory = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
          req.url = `${directory}index.html${url.search}`;
          return next();
        }
        const notFound = join(outDir, '404.html');
        if (!isFile(notFound)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
      });
    },
  };
}
