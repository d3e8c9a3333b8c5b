/** Pure helpers that turn the client build's index.html into one page's HTML. */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface PageParts {
  /** The rendered app, placed inside #root. */
  body: string;
  /** The full document title. */
  title: string;
  description: string;
  /** The app path stamped on #root, so the browser hydrates only the page that was rendered. */
  appPath?: string;
  /** Lazy chunks the page rendered with, listed on #root for the browser to load before hydrating. */
  lazyChunks?: readonly string[];
  /** Extra tags for the head (a lazy route's stylesheets, the canonical link). */
  head?: readonly string[];
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

/** Fills the template: title, description, extra head tags and the rendered root. */
export function pageHtml(template: string, parts: PageParts): string {
  let html = replaceOnce(
    template,
    /<title>[^<]*<\/title>/,
    `<title>${escapeHtml(parts.title)}</title>`,
    '<title>',
  );
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeHtml(parts.description)}" />`,
    'meta description',
  );
  html = addHeadTags(html, parts.head ?? []);
  let stamp = parts.appPath === undefined ? '' : ` data-page="${escapeHtml(parts.appPath)}"`;
  if (parts.lazyChunks && parts.lazyChunks.length > 0) {
    stamp += ` data-chunks="${escapeHtml(parts.lazyChunks.join(' '))}"`;
  }
  return replaceOnce(
    html,
    /<div id="root"><\/div>/,
    `<div id="root"${stamp}>${parts.body}</div>`,
    'empty <div id="root"></div>',
  );
}

/** Adds tags at the end of the head. */
export function addHeadTags(html: string, tags: readonly string[]): string {
  if (tags.length === 0) return html;
  return replaceOnce(html, /<\/head>/, `  ${tags.join('\n    ')}\n  </head>`, '</head>');
}

export function stylesheetTag(href: string): string {
  return `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}" />`;
}

/** A page for an old address: no app, just a refresh to where it moved and a link to follow. */
export function redirectHtml(
  target: string,
  title: string,
  headTags: readonly string[] = [],
): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />${headTags.map((tag) => `\n    ${tag}`).join('')}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="refresh" content="0; url=${href}" />
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <p>This page has moved to <a href="${href}">${href}</a>.</p>
  </body>
</html>
`;
}
