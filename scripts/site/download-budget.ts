import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryKey, readClientManifest } from './client-manifest.ts';
import { gzipTextBytes, initialAssets, totalGzipBytes } from './page-assets.ts';

/** 1 KB = 1000 bytes, as Vite prints sizes. */
export const KB = 1000;
/** Gzip bytes of JavaScript any page may load before it is interactive. */
export const JS_BUDGET = 95 * KB;
/** Gzip bytes of CSS (linked and inlined) any page may load up front, and of the full sheet. */
export const CSS_BUDGET = 10 * KB;
/**
 * Gzipped HTML that fits the first round trip of a new connection (10 TCP segments of ~1.4 KiB,
 * as Lighthouse simulates it); a heavier page waits a round trip more for its first paint.
 */
export const FIRST_ROUND_TRIP_HTML = 14 * 1024;

export interface PageDownload {
  /** The HTML file, relative to the build folder. */
  file: string;
  js: number;
  /** CSS the first paint waits for: inlined and blocking stylesheets. */
  css: number;
  /** The full stylesheet, fetched without blocking and applied after the first paint. */
  deferredCss: number;
  /** The HTML file itself, gzipped. */
  html: number;
}

export interface DownloadBudgetReport {
  pages: PageDownload[];
  /** The page with the most initial JavaScript, and the one with the most CSS. */
  largestJs: PageDownload;
  largestCss: PageDownload;
  largestDeferredCss: PageDownload;
  /** Pages over a budget, as sentences. */
  over: string[];
}

/**
 * The initial download of every page of a built site against the budgets: the scripts its HTML
 * loads, the entry the boot script always imports, their static imports and any modulepreload
 * (the page's lazy chunks load right after and are reported by `npm run bench`).
 */
export function checkDownloadBudget(outDir: string, base: string): DownloadBudgetReport {
  const manifest = readClientManifest(outDir);
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  const pages = files.map((file): PageDownload => {
    const html = readFileSync(join(outDir, file), 'utf8');
    const assets = initialAssets(html, base, manifest, [entryKey(manifest)]);
    return {
      file,
      js: totalGzipBytes(outDir, assets.js),
      css: totalGzipBytes(outDir, assets.css) + gzipTextBytes(assets.inlineCss),
      deferredCss: totalGzipBytes(outDir, assets.deferredCss),
      html: gzipTextBytes([html]),
    };
  });
  const largest = (key: 'js' | 'css' | 'deferredCss') =>
    pages.reduce((best, page) => (page[key] > best[key] ? page : best), pages[0] ?? emptyPage);
  const over = pages.flatMap((page) => [
    ...(page.js > JS_BUDGET
      ? [`${page.file}: ${kb(page.js)} KB of JS (budget ${kb(JS_BUDGET)})`]
      : []),
    ...(page.css > CSS_BUDGET
      ? [`${page.file}: ${kb(page.css)} KB of CSS (budget ${kb(CSS_BUDGET)})`]
      : []),
    ...(page.deferredCss > CSS_BUDGET
      ? [`${page.file}: ${kb(page.deferredCss)} KB of full stylesheet (budget ${kb(CSS_BUDGET)})`]
      : []),
  ]);
  return {
    pages,
    largestJs: largest('js'),
    largestCss: largest('css'),
    largestDeferredCss: largest('deferredCss'),
    over,
  };
}

const emptyPage: PageDownload = { file: '(no page)', js: 0, css: 0, deferredCss: 0, html: 0 };

export function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

/** One line for the build's output: the largest page and the room left under each budget. */
export function budgetSummary(report: DownloadBudgetReport): string {
  const { largestJs, largestCss, largestDeferredCss, pages } = report;
  const heavy = pages.filter((page) => page.html > FIRST_ROUND_TRIP_HTML).length;
  return (
    `initial download of the largest page: ${kb(largestJs.js)} KB JS of ${kb(JS_BUDGET)} ` +
    `(${kb(JS_BUDGET - largestJs.js)} KB headroom, ${largestJs.file}), ` +
    `${kb(largestCss.css)} KB CSS before the first paint of ${kb(CSS_BUDGET)} ` +
    `(${kb(CSS_BUDGET - largestCss.css)} KB headroom), full stylesheet ` +
    `${kb(largestDeferredCss.deferredCss)} KB after it; ` +
    `${heavy} of ${pages.length} pages over 14 KiB of gzipped HTML`
  );
}
