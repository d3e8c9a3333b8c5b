import { createHash } from 'node:crypto';
import { readPage } from './built-site.ts';

/** Attributes whose values are content (words, addresses, references), not structure. */
const CONTENT_ATTRIBUTES = new Set(['href', 'content', 'title', 'alt', 'value', 'aria-label']);
/** Attributes that point at an id: renumbered in order of appearance, like the ids themselves. */
const REFERENCE_ATTRIBUTES = new Set([
  'id',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
]);

/**
 * The structure of a prerendered page's body: its elements, roles and classes, with the words
 * taken out. Two pages of one shape are built by the same components from the same kinds of
 * content; only their text differs. Empty and non-empty text stay apart, so a missing name still
 * counts as a different shape.
 */
export function pageShape(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  const ids = new Map<string, string>();
  const renumber = (value: string) =>
    value
      .split(/\s+/)
      .map((id) => {
        if (!ids.has(id)) ids.set(id, `id${ids.size}`);
        return ids.get(id);
      })
      .join(' ');
  const normalized = body
    .replace(/<script\b[\s\S]*?<\/script>/g, '<script></script>')
    .replace(/>([^<]+)</g, (_, text: string) => (text.trim() ? '>T<' : '><'))
    .replace(/\s([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) => {
      if (REFERENCE_ATTRIBUTES.has(name)) return ` ${name}="${renumber(value)}"`;
      if (CONTENT_ATTRIBUTES.has(name) || name.startsWith('data-'))
        return ` ${name}="${value ? 'V' : ''}"`;
      return ` ${name}="${value}"`;
    });
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}

/**
 * One route per page shape, in the routes' order: the first route of each shape stands for the
 * others. Routes without a prerendered page (the 404) are always kept.
 */
export function oneRoutePerShape(routes: readonly string[]): string[] {
  const seen = new Set<string>();
  return routes.filter((route) => {
    const html = readPage(route);
    if (html === undefined) return true;
    const shape = pageShape(html);
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}

/** The element names and class names a prerendered page's body uses. */
function stylingTokens(html: string): Set<string> {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  const tokens = new Set<string>();
  for (const [, tag] of body.matchAll(/<([a-z][\w-]*)/g)) tokens.add(`<${tag}`);
  for (const [, classes] of body.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (classes ?? '').split(/\s+/)) if (name) tokens.add(name);
  return tokens;
}

/**
 * A few routes whose pages together use every element and class name the prerendered pages use:
 * each pick is the page that adds the most names not yet covered. What styles a page is its
 * element and class names, so these pages stand for all of them where styling is concerned.
 */
export function routesCoveringEveryClass(routes: readonly string[]): string[] {
  const remaining = new Map<string, Set<string>>();
  for (const route of routes) {
    const html = readPage(route);
    if (html !== undefined) remaining.set(route, stylingTokens(html));
  }
  const covered = new Set<string>();
  const picked: string[] = [];
  for (;;) {
    let best: { route: string; gain: number } | undefined;
    for (const [route, tokens] of remaining) {
      const gain = [...tokens].filter((token) => !covered.has(token)).length;
      if (gain > (best?.gain ?? 0)) best = { route, gain };
    }
    if (best === undefined) return picked;
    picked.push(best.route);
    for (const token of remaining.get(best.route) ?? []) covered.add(token);
    remaining.delete(best.route);
  }
}
