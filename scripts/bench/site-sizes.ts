import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkFiles, entryKey, readClientManifest } from '../site/client-manifest.ts';
import { gzipBytes, gzipTextBytes, initialAssets, totalGzipBytes } from '../site/page-assets.ts';

export interface PageSize {
  /** The HTML file, relative to the build folder. */
  file: string;
  /** Gzip bytes of the JavaScript (entry and app) and CSS the page loads up front. */
  initialJs: number;
  initialCss: number;
  /** Gzip bytes of the lazy chunks the page loads right after, before it hydrates. */
  lazyJs: number;
}

export interface SiteSizes {
  /** The largest page of each kind (home, question, fix …). */
  byKind: Record<string, PageSize>;
  largestLazyChunk: { file: string; gzip: number };
  /** The entry and the app it starts: what every page loads first. */
  entry: { files: string[]; gzip: number };
}

/** What kind of page an HTML file is, from what the prerender wrote into it. */
export type PageKindOf = (file: string, html: string) => string;

/** Initial and lazy JavaScript and CSS of every page, grouped by kind, from a built site. */
export function siteSizes(outDir: string, base: string, kindOf: PageKindOf): SiteSizes {
  const manifest = readClientManifest(outDir);
  const entryFiles = chunkFiles(manifest, [entryKey(manifest)]);
  const byKind: Record<string, PageSize> = {};
  const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  for (const file of htmlFiles) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const assets = initialAssets(html, base, manifest, [entryKey(manifest)]);
    const lazy = (/data-chunks="([^"]*)"/.exec(html)?.[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((href) => href.slice(base.length));
    const size: PageSize = {
      file,
      initialJs: totalGzipBytes(outDir, assets.js),
      initialCss: totalGzipBytes(outDir, assets.css) + gzipTextBytes(assets.inlineCss),
      lazyJs: totalGzipBytes(outDir, lazy),
    };
    const kind = kindOf(file, html);
    const current = byKind[kind];
    if (!current || size.initialJs + size.lazyJs > current.initialJs + current.lazyJs) {
      byKind[kind] = size;
    }
  }
  const lazyChunks = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js') && !entryFiles.js.includes(file))
    .map((file) => ({ file, gzip: gzipBytes(outDir, file) }))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    byKind,
    largestLazyChunk: lazyChunks[0] ?? { file: '(none)', gzip: 0 },
    entry: { files: entryFiles.js, gzip: totalGzipBytes(outDir, entryFiles.js) },
  };
}
