import { readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.svg',
  '.json',
  '.xml',
  '.txt',
  '.webmanifest',
]);

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Which file a static host serves for a path under the site: the file, its index.html, or none. */
export function staticFileFor(outDir: string, relativePath: string): string | undefined {
  const target = resolve(outDir, relativePath);
  if (target !== outDir && !target.startsWith(outDir + sep)) return undefined;
  if (relativePath !== '' && !relativePath.endsWith('/') && isFile(target)) return target;
  const index = join(target, 'index.html');
  return isFile(index) ? index : undefined;
}

/** Compressed copies, kept until the file changes (the e2e suite asks for the same files a lot). */
const gzipped = new Map<string, { modified: number; body: Buffer }>();

function gzipOf(file: string, body: Buffer): Buffer {
  const modified = statSync(file).mtimeMs;
  const cached = gzipped.get(file);
  if (cached?.modified === modified) return cached.body;
  const compressed = gzipSync(body);
  gzipped.set(file, { modified, body: compressed });
  return compressed;
}

function send(
  res: ServerResponse,
  file: string,
  status: number,
  acceptsGzip: boolean,
  headOnly: boolean,
) {
  const extension = extname(file);
  let body: Buffer = readFileSync(file);
  res.statusCode = status;
  res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
  // Hashed assets never change; everything else is checked again on each visit.
  const immutable = file.includes(`${sep}assets${sep}`);
  res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (acceptsGzip && COMPRESSIBLE.has(extension)) {
    body = gzipOf(file, body);
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.setHeader('Content-Length', body.length);
  res.end(headOnly ? undefined : body);
}

/**
 * Makes `vite preview` answer like a plain static host serving the prerendered site: a file if it
 * exists, else `<path>/index.html` (with or without a trailing slash), else `404.html` with status
 * 404 — instead of Vite's SPA fallback, which would answer every address with the home page. Like
 * a real host it compresses text (gzip) and lets browsers keep hashed assets, so `npm run bench`
 * measures what visitors get.
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
        const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const headOnly = req.method === 'HEAD';
        const file = staticFileFor(outDir, pathname.slice(base.length));
        if (file) return send(res, file, 200, acceptsGzip, headOnly);
        const notFound = join(outDir, '404.html');
        if (!isFile(notFound)) return next();
        send(res, notFound, 404, acceptsGzip, headOnly);
      });
    },
  };
}
