import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type ClientManifest = Record<string, ManifestChunk>;

export const MANIFEST_FILE = '.vite/manifest.json';

export function readClientManifest(outDir: string): ClientManifest {
  return JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as ClientManifest;
}

export interface ChunkFiles {
  /** JS files: the chunks and everything they import statically. */
  js: string[];
  css: string[];
}

/** The files a set of manifest keys needs at once: the chunks, their static imports, their CSS. */
export function chunkFiles(manifest: ClientManifest, keys: Iterable<string>): ChunkFiles {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The client build has no chunk for "${key}"`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return { js: [...js], css: [...css] };
}

/** The key of the HTML entry (index.html); other entries are content files (fix bodies). */
export function entryKey(manifest: ClientManifest): string {
  const key = Object.keys(manifest).find(
    (candidate) => manifest[candidate]?.isEntry && candidate.endsWith('.html'),
  );
  if (!key) throw new Error('The client build manifest has no entry');
  return key;
}
