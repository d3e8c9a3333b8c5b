import { createHash } from 'node:crypto';
import { escapeHtml } from './html-page.ts';

/** The CSP source that allows exactly this inline style: 'sha256-…'. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;

/** The href of the app's one stylesheet, linked from the client build's index.html. */
export function appStylesheetHref(html: string): string {
  const hrefs = [...html.matchAll(STYLESHEET_LINK)].map((match) => match[1] ?? '');
  if (hrefs.length !== 1 || !hrefs[0]) {
    throw new Error(`index.html should link one stylesheet, found ${hrefs.length}`);
  }
  return hrefs[0];
}

/** Marks the full stylesheet that src/boot.ts switches on once the first paint is done. */
export const DEFERRED_STYLESHEET_ATTRIBUTE = 'data-deferred-stylesheet';

/**
 * Puts the page's critical CSS into its HTML as a <style> element, so the first paint waits for
 * no request, and allows exactly that style in the Content-Security-Policy by its hash (still no
 * 'unsafe-inline'). The full stylesheet stays linked with media="print", which the browser fetches
 * without blocking the paint; the boot script switches it on for every screen (decision 0031),
 * and without JavaScript a <noscript> link applies it.
 */
export function inlineCriticalStylesheet(html: string, href: string, criticalCss: string): string {
  if (/<\/style/i.test(criticalCss)) throw new Error(`${href} contains "</style"`);
  const link = `rel="stylesheet" crossorigin href="${escapeHtml(href)}"`;
  let replaced = 0;
  const inlined = html.replace(STYLESHEET_LINK, (tag, linked: string) => {
    if (linked !== href) return tag;
    replaced += 1;
    return [
      `<style>${criticalCss}</style>`,
      `<link ${link} media="print" ${DEFERRED_STYLESHEET_ATTRIBUTE} />`,
      `<noscript><link ${link} /></noscript>`,
    ].join('\n    ');
  });
  if (replaced !== 1) throw new Error(`The page links ${href} ${replaced} times, not once`);
  const withHash = inlined.replace(
    /(<meta http-equiv="Content-Security-Policy" content="[^"]*\bstyle-src 'self')/,
    (policy: string) => `${policy} ${styleHashSource(criticalCss)}`,
  );
  if (withHash === inlined) throw new Error('No CSP style-src to add the inline style to');
  return withHash;
}
