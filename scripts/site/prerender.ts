import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { loadContentBundle } from '../../src/content/build/content-plugin.ts';
import { enumeratePositions } from '../../src/content/enumerate-positions.ts';
import type * as ServerEntryModule from '../../src/entry-server.tsx';
import { TRACK_IMPORT_GLOBAL } from '../vite/track-dynamic-imports-plugin.ts';
import { chunkFiles, entryKey, readClientManifest } from './client-manifest.ts';
import { pageHtml, redirectHtml, stylesheetTag } from './html-page.ts';
import { criticalCss } from './critical-css.ts';
import {
  appStylesheetHref,
  inlineCriticalStylesheet,
  styleHashSource,
} from './inline-stylesheet.ts';
import { headersFile } from './security-headers.ts';
import { pageLocation, sitemapXml } from './sitemap.ts';

type ServerEntry = typeof ServerEntryModule;

export interface PrerenderOptions {
  root: string;
  /** The client build's folder; pages are written into it. */
  outDir: string;
  /** The server build of src/entry-server.tsx. */
  serverEntry: string;
  /** The deployment's base path ("/" or "/some/path/"). */
  base: string;
  /** The script pages load instead of the app's entry (src/boot.ts), relative to outDir. */
  bootScript: string;
  /** The site's origin for absolute sitemap URLs and canonical links (SITE_URL), if known. */
  siteUrl?: string;
}

export interface PrerenderResult {
  /** App paths written as pages, in sitemap order. */
  pages: string[];
  /** Extra paths (like /fixes) skipped because nothing renders there yet but "not found". */
  skipped: string[];
  redirects: string[];
}

const trackerHost = globalThis as unknown as Record<string, ((key: string) => void) | undefined>;

/** Collects the manifest keys of modules imported (lazily) while `action` runs. */
async function trackImports<T>(action: () => Promise<T>): Promise<{ value: T; keys: Set<string> }> {
  const keys = new Set<string>();
  trackerHost[TRACK_IMPORT_GLOBAL] = (key) => void keys.add(key);
  try {
    return { value: await action(), keys };
  } finally {
    trackerHost[TRACK_IMPORT_GLOBAL] = undefined;
  }
}

/** A prerendered page before its critical CSS goes in. */
interface RenderedPage {
  /** The HTML file, relative to the build folder. */
  file: string;
  /** Pages of one group share their critical CSS: a tree position's kind, or the page itself. */
  cssGroup: string;
  /** The rendered app (the markup the stylesheet's selectors are matched against). */
  body: string;
  html: string;
}

/**
 * Writes the pages, each with the critical CSS of its group inlined (the stylesheet's rules that
 * match an element of any page of the group), and returns the CSP sources of those styles. A few
 * groups rather than one CSS per page keep the `_headers` policy short: it must allow every
 * page's style.
 */
async function writeWithCriticalCss(
  outDir: string,
  base: string,
  template: string,
  pages: readonly RenderedPage[],
): Promise<string[]> {
  const href = appStylesheetHref(template);
  const fullCss = readFileSync(join(outDir, href.slice(base.length)), 'utf8');
  const groups = new Map<string, RenderedPage[]>();
  for (const page of pages) groups.set(page.cssGroup, [...(groups.get(page.cssGroup) ?? []), page]);
  const hashes: string[] = [];
  for (const group of groups.values()) {
    const css = await criticalCss(
      fullCss,
      group.map((page) => page.body),
    );
    hashes.push(styleHashSource(css));
    for (const page of group)
      writePage(outDir, page.file, inlineCriticalStylesheet(page.html, href, css));
  }
  return hashes;
}

/** File for an app path: "/" → index.html, "/admin/x" → admin/x/index.html. */
export function pageFile(appPath: string): string {
  return join(...appPath.split('/').filter(Boolean), 'index.html');
}

function writePage(outDir: string, file: string, html: string) {
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}

/** The page loads `boot` instead of the app's entry script, which boot then imports. */
export function replaceEntryScript(html: string, entryHref: string, bootHref: string): string {
  const tag = new RegExp(`<script type="module" crossorigin src="${entryHref}"></script>`);
  if (!tag.test(html)) throw new Error(`index.html does not load ${entryHref}`);
  return html.replace(tag, `<script type="module" crossorigin src="${bootHref}"></script>`);
}

/**
 * Loads a fresh copy of the server bundle (one self-contained CommonJS file), so module-level
 * caches — the fix body cache, React.lazy components — start empty and every lazy import of a page
 * is seen. It is evaluated outside Node's module cache, so each copy is garbage once its page is
 * written (a required or imported module would stay in memory for good).
 */
function serverEntryLoader(serverEntry: string): () => ServerEntry {
  const code = readFileSync(serverEntry, 'utf8');
  const requireFromBundle = createRequire(serverEntry);
  return () => {
    const module = { exports: {} as ServerEntry };
    const evaluate = runInThisContext(
      `(function (module, exports, require, __filename, __dirname) {${code}\n})`,
      { filename: serverEntry },
    ) as (...args: unknown[]) => void;
    evaluate(module, module.exports, requireFromBundle, serverEntry, dirname(serverEntry));
    return module.exports;
  };
}

/**
 * Writes every page of the site as static HTML: each tree position, the extra pages (/, /fixes,
 * /analyze), 404.html, a refresh page per redirect, and sitemap.xml. Each page gets its title and
 * description, and lists on its root the lazy chunks it imported while rendering (its fix body, a
 * lazy route, the command builder …): the browser entry loads them before hydrating. They are not
 * modulepreloaded: the prerendered HTML paints without them, and the first download stays the
 * entry alone.
 */
export async function prerenderSite(options: PrerenderOptions): Promise<PrerenderResult> {
  const { root, outDir, base, siteUrl } = options;
  process.env.NODE_ENV ??= 'production';
  const freshServerEntry = serverEntryLoader(options.serverEntry);
  const server = freshServerEntry();
  const url = (file: string) => `${base}${file}`;
  const manifest = readClientManifest(outDir);
  // The page's script is the boot script, which starts the app after the first paint, and its
  // critical CSS is inline: the first paint waits for the HTML alone.
  const entry = manifest[entryKey(manifest)]?.file ?? '';
  const template = replaceEntryScript(
    readFileSync(join(outDir, 'index.html'), 'utf8'),
    url(entry),
    url(options.bootScript),
  );
  const pages: RenderedPage[] = [];
  const bundle = loadContentBundle(root);
  const entryFiles = chunkFiles(manifest, [entryKey(manifest)]);

  const positionKinds = new Map(
    enumeratePositions(bundle).map((position) => [position.path, position.kind]),
  );
  const treePaths = new Set(positionKinds.keys());
  const candidates = [...new Set([...server.extraPagePaths, ...treePaths])];

  const result: PrerenderResult = { pages: [], skipped: [], redirects: [] };
  for (const appPath of candidates) {
    const fresh = freshServerEntry();
    const { value: page, keys } = await trackImports(() => fresh.renderPage(appPath));
    if (page.meta.notFound) {
      if (treePaths.has(appPath))
        throw new Error(`The tree position ${appPath} renders "not found"`);
      result.skipped.push(appPath);
      continue;
    }
    const lazy = chunkFiles(manifest, keys);
    const head = lazy.css
      .filter((file) => !entryFiles.css.includes(file))
      .map((file) => stylesheetTag(url(file)));
    if (siteUrl)
      head.push(`<link rel="canonical" href="${pageLocation(appPath, base, siteUrl)}" />`);
    pages.push({
      file: pageFile(appPath),
      cssGroup: positionKinds.get(appPath) ?? appPath,
      body: page.html,
      html: pageHtml(template, {
        body: page.html,
        title: server.documentTitle(page.meta.title),
        description: page.meta.description ?? server.SITE_DESCRIPTION,
        appPath,
        lazyChunks: lazy.js.filter((file) => !entryFiles.js.includes(file)).map(url),
        head,
      }),
    });
    result.pages.push(appPath);
  }

  const notFound = await server.renderNotFoundPage();
  pages.push({
    file: '404.html',
    cssGroup: '404',
    body: notFound.html,
    html: pageHtml(template, {
      body: notFound.html,
      title: server.documentTitle(notFound.meta.title),
      description: server.SITE_DESCRIPTION,
    }),
  });
  const styleHashes = await writeWithCriticalCss(outDir, base, template, pages);

  const written = new Set(result.pages);
  const cspTags = template.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/) ?? [];
  for (const redirect of bundle.redirects) {
    if (written.has(redirect.from)) continue;
    writePage(
      outDir,
      pageFile(redirect.from),
      redirectHtml(url(redirect.to.replace(/^\//, '')), server.documentTitle('Moved'), cspTags),
    );
    result.redirects.push(redirect.from);
  }

  // Netlify: unknown paths get 404.html with status 404 (existing files always win over the rule).
  writeFileSync(join(outDir, '_redirects'), `${base}* ${base}404.html 404\n`);
  // Netlify / Cloudflare Pages: the pages' policy as a header, with what only a header can say.
  writeFileSync(join(outDir, '_headers'), headersFile(base, styleHashes));
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    sitemapXml(result.pages.map((appPath) => pageLocation(appPath, base, siteUrl))),
  );
  if (siteUrl) {
    const robots = join(outDir, 'robots.txt');
    const existing = existsSync(robots) ? readFileSync(robots, 'utf8').trimEnd() + '\n' : '';
    writeFileSync(robots, `${existing}Sitemap: ${pageLocation('/sitemap.xml', base, siteUrl)}\n`);
  }
  return result;
}
