import { expect, test } from '@playwright/test';
import type { DocNode, FixSection } from '../src/content/model.ts';
import { entryKey, readClientManifest } from '../scripts/site/client-manifest.ts';
import { initialAssets } from '../scripts/site/page-assets.ts';
import {
  CSS_BUDGET,
  FIRST_ROUND_TRIP_HTML,
  JS_BUDGET,
  checkDownloadBudget,
  kb,
} from '../scripts/site/download-budget.ts';
import { styleHashSource } from '../scripts/site/inline-stylesheet.ts';
import { deployBase } from '../scripts/vite/base-path.ts';
import { CONTENT_SECURITY_POLICY } from '../scripts/vite/csp-plugin.ts';
import { contentPositions } from './support/content-positions.ts';
import {
  bodyOf,
  descriptionOf,
  distDir,
  headingOf,
  htmlFiles,
  readDistFile,
  readPage,
  titleOf,
} from './support/built-site.ts';

// Checks of the built files themselves: no browser, so they stay fast however big the tree gets.
const { bundle, positions } = contentPositions();

/** The longest plain sentence of a fix body: text only that page has. */
function distinctiveText(sections: readonly FixSection[]): string {
  const texts: string[] = [];
  const collect = (nodes: readonly DocNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') texts.push(node.value);
      else if (node.type === 'element') collect(node.children);
    }
  };
  for (const section of sections) collect(section.blocks);
  // Printable ASCII without quotes or backslashes reads the same in the source as in a JS chunk.
  const plain = texts
    .flatMap((text) => text.split('\n'))
    .map((text) => text.trim())
    .filter((text) => /^[\x20-\x7e]{20,}$/.test(text) && !/["'`\\]/.test(text));
  return plain.sort((a, b) => b.length - a.length)[0] ?? '';
}

function expectedHeading(position: (typeof positions)[number]): string | RegExp {
  if (position.kind === 'fix') {
    return bundle.fixes.find((fix) => fix.id === position.id)?.title ?? '(unknown fix)';
  }
  if (position.kind === 'question') return bundle.tree.questions[position.id]?.title ?? '(unknown)';
  return /is not available here$/;
}

test('every URL of the tree has its own HTML file with its heading, title and description', () => {
  const problems: string[] = [];
  for (const position of positions) {
    const html = readPage(position.path);
    if (!html) {
      problems.push(`${position.path}: no HTML file`);
      continue;
    }
    const heading = headingOf(html) ?? '';
    const expected = expectedHeading(position);
    const matches = typeof expected === 'string' ? heading === expected : expected.test(heading);
    if (!matches)
      problems.push(`${position.path}: heading "${heading}", expected ${String(expected)}`);
    if (!titleOf(html)?.startsWith(`${heading} · `)) {
      problems.push(`${position.path}: title "${titleOf(html)}"`);
    }
    if (!html.includes(`<div id="root" data-page="${position.path}"`)) {
      problems.push(`${position.path}: root not stamped with its path`);
    }
    if (position.kind === 'fix') {
      const fix = bundle.fixes.find((candidate) => candidate.id === position.id);
      if (descriptionOf(html) !== fix?.summary) problems.push(`${position.path}: description`);
      if (!html.includes('id="step-1"')) problems.push(`${position.path}: steps not prerendered`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page of the tree', () => {
  const sitemap = readDistFile('sitemap.xml');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '');
  for (const position of positions) {
    expect(locations).toContainEqual(expect.stringMatching(new RegExp(`${base}${position.path}$`)));
  }
});

test('404.html is the "not found" screen, not a copy of the home page', () => {
  const html = readDistFile('404.html');
  expect(headingOf(html)).toBe('This step doesn’t exist');
  expect(titleOf(html)).toBe('Page not found · Bounce-fix wizard');
  expect(html).toContain('<div id="root">');
  expect(readDistFile('_redirects')).toMatch(/^\/(.+\/)?\* \/(.+\/)?404\.html 404\n$/);
});

test('the home page is prerendered too', () => {
  const html = readPage('/') ?? '';
  expect(headingOf(html)).toBe(bundle.tree.questions[bundle.tree.start]?.title);
});

test('every page stays within the initial download budget: 95 KB of JS and 10 KB of CSS, gzip', () => {
  const report = checkDownloadBudget(distDir, deployBase());
  test.info().annotations.push({
    type: 'largest initial download',
    description: `${report.largestJs.file}: ${kb(report.largestJs.js)} KB JS; ${report.largestCss.file}: ${kb(report.largestCss.css)} KB CSS`,
  });
  expect(report.pages.length).toBeGreaterThan(positions.length);
  expect(report.largestJs.js).toBeLessThanOrEqual(JS_BUDGET);
  expect(report.largestCss.css).toBeLessThanOrEqual(CSS_BUDGET);
  expect(report.over).toEqual([]);
});

test('fix bodies are lazy chunks: none of their text is in the entry', () => {
  const manifest = readClientManifest(distDir);
  const entry = initialAssets(readPage('/') ?? '', deployBase(), manifest, [entryKey(manifest)]).js;
  const entryCode = entry.map((file) => readDistFile(file)).join('\n');
  for (const fix of bundle.fixes) {
    const text = distinctiveText(bundle.bodies[fix.id]?.sections ?? []);
    expect(text, `${fix.id} has a sentence to look for`).toBeTruthy();
    const chunk = manifest[`virtual:content/fix/${fix.id}`]?.file ?? '';
    expect(readDistFile(chunk), `${fix.id}'s own chunk has its text`).toContain(text);
    expect(entryCode, `the entry does not carry ${fix.id}'s text`).not.toContain(text);
  }
});

test('every HTML file carries the Content-Security-Policy: no inline script, styles only by hash', () => {
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = readDistFile(file);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    // The build's policy, plus exactly the hashes of the page's own <style> elements.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    const hashes = styles.map((css) => ` ${styleHashSource(css)}`).join('');
    const expected = CONTENT_SECURITY_POLICY.replace(
      "style-src 'self'",
      `style-src 'self'${hashes}`,
    );
    if (policy !== expected) problems.push(`${file}: policy ${policy}`);
    for (const [script] of html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)) {
      if (!/\bsrc="/.test(script)) problems.push(`${file}: inline script ${script.slice(0, 60)}`);
    }
    if (/\sstyle="/.test(html)) problems.push(`${file}: style attribute`);
  }
  expect(problems).toEqual([]);
});

test('_headers sends every page its meta policy as a header, plus frame-ancestors, nosniff and a referrer policy', () => {
  const headers = readDistFile('_headers');
  const base = deployBase();
  expect(headers.split('\n')[0]).toBe(`${base}*`);
  const header = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
  expect(header).toMatch(/; frame-ancestors 'none'$/);
  expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
  expect(headers).toMatch(/^ {2}Referrer-Policy: strict-origin-when-cross-origin$/m);
  const styleSources = (policy: string) =>
    new Set(/style-src 'self'([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/).filter(Boolean));
  const withoutStyles = (policy: string) =>
    policy.replace(/style-src 'self'[^;]*/, "style-src 'self'");
  const allowedStyles = styleSources(header ?? '');
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const meta =
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
        readDistFile(file),
      )?.[1] ?? '';
    // frame-ancestors is ignored in a meta tag: the header alone carries it.
    if (meta.includes('frame-ancestors')) problems.push(`${file}: frame-ancestors in the meta tag`);
    if (`${withoutStyles(meta)}; frame-ancestors 'none'` !== withoutStyles(header ?? ''))
      problems.push(`${file}: policy ${meta}`);
    // The header allows every page's own inline style, and nothing else inline.
    for (const source of styleSources(meta))
      if (!allowedStyles.has(source)) problems.push(`${file}: header refuses its style ${source}`);
  }
  expect(problems).toEqual([]);
  // A few groups of pages share their critical CSS, so the header stays short.
  expect(allowedStyles.size).toBeGreaterThan(0);
  expect(allowedStyles.size).toBeLessThanOrEqual(12);
});

test('every page paints with its critical CSS inline and applies the full stylesheet after', () => {
  const problems: string[] = [];
  const full = /href="[^"]*(assets\/[^"]+\.css)" media="print" data-deferred-stylesheet/.exec(
    readPage('/') ?? '',
  )?.[1];
  expect(full, 'the home page defers the full stylesheet').toBeTruthy();
  const fullCss = readDistFile(full ?? '');
  for (const file of htmlFiles()) {
    const html = readDistFile(file);
    if (html.includes('http-equiv="refresh"')) continue;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    if (styles.length !== 1) problems.push(`${file}: ${styles.length} <style> elements`);
    else if ((styles[0] ?? '').length >= fullCss.length * 0.8)
      problems.push(`${file}: inlines ${styles[0]?.length} of the full ${fullCss.length} bytes`);
    const href = `${deployBase()}${full}`;
    if (!html.includes(`href="${href}" media="print" data-deferred-stylesheet`))
      problems.push(`${file}: no deferred full stylesheet`);
    if (!html.includes(`<noscript><link rel="stylesheet" crossorigin href="${href}" /></noscript>`))
      problems.push(`${file}: no stylesheet without JavaScript`);
  }
  expect(problems).toEqual([]);
});

// 132 of 508 when every page inlined the whole stylesheet (decision 0031); 44 now at the root and
// 46 to 48 under a sub-path, whose longer addresses every link carries. The count moves by a page
// or two from build to build: the chunk hashes each page carries compress differently, and with
// 508 pages some always sit within a few bytes of the line. The limits leave that much room.
const MOST_PAGES_OVER_FIRST_ROUND_TRIP = deployBase() === '/' ? 46 : 50;

test(`few pages need more than the first round trip: at most ${MOST_PAGES_OVER_FIRST_ROUND_TRIP} over 14 KiB of gzipped HTML`, () => {
  const report = checkDownloadBudget(distDir, deployBase());
  const heavy = report.pages.filter((page) => page.html > FIRST_ROUND_TRIP_HTML);
  test.info().annotations.push({
    type: 'pages over 14 KiB of gzipped HTML',
    description: `${heavy.length} of ${report.pages.length}: ${heavy.map((page) => page.file).join(', ')}`,
  });
  expect(heavy.length).toBeLessThanOrEqual(MOST_PAGES_OVER_FIRST_ROUND_TRIP);
  expect(report.largestDeferredCss.deferredCss).toBeLessThanOrEqual(CSS_BUDGET);
});

// Axe runs on a few pages only (decision 0032); ids come from content on every page, so their
// rules (duplicate-id-aria, aria-valid-attr-value, label) are checked here on all of them.
test('no page repeats an id, and every id a page refers to is on that page', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = readDistFile(file);
    const body = bodyOf(html);
    const ids = [...body.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? '');
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${file}: id "${id}" twice`);
      seen.add(id);
    }
    const references = body.matchAll(
      /\s(for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g,
    );
    for (const [, attribute, value = ''] of references)
      for (const id of value.split(/\s+/).filter(Boolean))
        if (!seen.has(id)) problems.push(`${file}: ${attribute}="${id}" points at no element`);
  }
  expect(problems.slice(0, 10)).toEqual([]);
});
