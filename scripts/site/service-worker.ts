import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { PrecacheEntry } from '../../src/sw/precache.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Files a visitor never needs offline: host configuration, crawler files, build metadata. */
const NOT_PRECACHED = [/^\.vite\//, /^_redirects$/, /^robots\.txt$/, /^sitemap\.xml$/, /^sw\.js$/];

const hash = (data: string | Buffer) =>
  createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Every file of the built site the worker should store, with a hash of its content. */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => statSync(join(outDir, file)).isFile())
    .filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)))
    .sort()
    .map((file) => ({ url: encodeURI(file), revision: hash(readFileSync(join(outDir, file))) }));
}

export function precacheVersion(entries: readonly PrecacheEntry[]): string {
  return hash(JSON.stringify(entries));
}

/** Builds src/sw/service-worker.ts into <outDir>/sw.js with this build's file list baked in. */
export async function buildServiceWorker(root: string, outDir: string): Promise<PrecacheEntry[]> {
  const entries = precacheEntries(outDir);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: {
      // The worker needs only the addresses; the revisions go into the version's name.
      __PRECACHE_URLS__: JSON.stringify(entries.map((entry) => entry.url)),
      __PRECACHE_VERSION__: JSON.stringify(precacheVersion(entries)),
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      rolldownOptions: {
        input: resolve(root, 'src/sw/service-worker.ts'),
        output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE },
      },
    },
  });
  return entries;
}
