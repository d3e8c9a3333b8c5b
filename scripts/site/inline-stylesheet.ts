import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline style: 'sha256-…'. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * Puts the page's stylesheets into the HTML as <style> elements, so the first paint waits for no
 * request, and allows exactly those styles in the Content-Security-Policy by their hashes (the
 * policy still has no 'unsafe-inline'). `readStylesheet` gets a stylesheet's text from its href.
 */
export function inlineStylesheets(html: string, readStylesheet: (href: string) => string): string {
  const hashes: string[] = [];
  const inlined = html.replace(
    /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g,
    (_tag, href: string) => {
      const css = readStylesheet(href);
      if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style"`);
      hashes.push(styleHashSource(css));
      return `<style>${css}</style>`;
    },
  );
  if (hashes.length === 0) return html;
  const withHashes = inlined.replace(
    /(<meta http-equiv="Content-Security-Policy" content="[^"]*\bstyle-src 'self')/,
    (policy: string) => `${policy} ${hashes.join(' ')}`,
  );
  if (withHashes === inlined) throw new Error('No CSP style-src to add the inline styles to');
  return withHashes;
}
