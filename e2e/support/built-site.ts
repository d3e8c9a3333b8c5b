import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The folder the end-to-end run serves (dist, or dist-subpath for the sub-path run). */
export const distDir = resolve(process.env.E2E_DIST ?? 'dist');

/** The file a static host serves for an app path: "/admin" → admin/index.html. */
export function pageFile(appPath: string): string {
  return join(distDir, ...appPath.split('/').filter(Boolean), 'index.html');
}

export function readPage(appPath: string): string | undefined {
  const file = pageFile(appPath);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function readDistFile(relativePath: string): string {
  return readFileSync(join(distDir, relativePath), 'utf8');
}

/** Every HTML file of the build, relative to its folder. */
export function htmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(distDir, join(distDir, file)));
}

export function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The markup inside a page's <body> (the whole text when it has none). */
export function bodyOf(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
}

/** The text of the page's h1, as a reader sees it. */
export function headingOf(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

export function titleOf(html: string): string | undefined {
  const match = /<title>([\s\S]*?)<\/title>/.exec(html);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

export function descriptionOf(html: string): string | undefined {
  const match = /<meta name="description" content="([^"]*)"/.exec(html);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}
