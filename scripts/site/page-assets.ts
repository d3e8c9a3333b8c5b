import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ClientManifest } from './client-manifest.ts';
import { DEFERRED_STYLESHEET_ATTRIBUTE } from './inline-stylesheet.ts';

/** What a page makes the browser download before it is interactive. */
export interface InitialAssets {
  /**
   * Entry script, modulepreloads, the modules the entry always loads at start (`alwaysLoaded`),
   * and every chunk they import statically.
   */
  js: string[];
  /** Stylesheets the first paint waits for (linked from the page, not deferred). */
  css: string[];
  /** Stylesheets fetched without blocking the paint and applied after it (boot script). */
  deferredCss: string[];
  /** Styles written into the page itself (<style> elements). */
  inlineCss: string[];
}

function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
  const values: string[] = [];
  for (const [element] of html.matchAll(tag)) {
    const value = new RegExp(`\\b${attribute}="([^"]+)"`).exec(element)?.[1];
    if (value) values.push(value);
  }
  return values;
}

/**
 * The dist-relative files a page loads up front: read from its HTML, plus the manifest keys the
 * entry always imports at start (`alwaysLoaded`), closed over static imports.
 */
export function initialAssets(
  html: string,
  base: string,
  manifest: ClientManifest,
  alwaysLoaded: readonly string[] = [],
): InitialAssets {
  const toFile = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href);
  const scripts = attributeValues(html, /<script\b[^>]*type="module"[^>]*>/g, 'src');
  const preloads = attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href');
  // A <noscript> stylesheet applies only without JavaScript, where no script is loaded either.
  const links = [
    ...html
      .replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
      .matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g),
  ].map(([tag]) => tag);
  const isDeferred = (tag: string) => tag.includes(DEFERRED_STYLESHEET_ATTRIBUTE);
  const styles = attributeValues(
    links.filter((tag) => !isDeferred(tag)).join(''),
    /<link\b[^>]*>/g,
    'href',
  );
  const deferred = attributeValues(links.filter(isDeferred).join(''), /<link\b[^>]*>/g, 'href');

  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    for (const key of byFile.get(file)?.imports ?? []) {
      const imported = manifest[key];
      if (imported) visit(imported.file);
    }
  };
  for (const href of [...scripts, ...preloads]) visit(toFile(href));
  for (const key of alwaysLoaded) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The client build has no chunk for "${key}"`);
    visit(chunk.file);
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
    (match) => match[1] ?? '',
  );
  return { js: [...js], css: styles.map(toFile), deferredCss: deferred.map(toFile), inlineCss };
}

/** Gzip size in bytes (zlib level 9, as a static host or CDN would compress it). */
export function gzipBytes(outDir: string, file: string): number {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
}

export function totalGzipBytes(outDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipBytes(outDir, file), 0);
}

/** Gzip size in bytes of text written into a page. */
export function gzipTextBytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
}
