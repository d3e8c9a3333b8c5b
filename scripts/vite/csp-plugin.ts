import type { Plugin } from 'vite';

/**
 * The site's Content-Security-Policy. Scripts, styles, fonts, data and workers come only from the
 * site itself: no inline script, no inline style except the page's own stylesheet (allowed by its
 * hash, see scripts/site/inline-stylesheet.ts), no eval, nothing from another origin. (frame-ancestors
 * and report-uri cannot be set from a meta tag; a host that sends headers can add them.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;

/**
 * Puts the policy into the built index.html (and so into every prerendered page), right after the
 * charset. Not in the dev server, whose hot reload needs inline scripts.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'bounce-fix-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) {
          throw new Error('index.html needs a <meta charset> first in <head>');
        }
        return html.replace(charset, (tag) => `${tag}\n    ${CSP_META_TAG}`);
      },
    },
  };
}
