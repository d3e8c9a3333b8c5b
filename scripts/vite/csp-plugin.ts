import type { Plugin } from 'vite';

/** The directives of the policy, in order; style-src gets the page's inline style hashes. */
const DIRECTIVES = [
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
];

/**
 * The site's Content-Security-Policy, the one source of both the <meta> tag in every page and the
 * header in `_headers` (decision 0027). Scripts, styles, fonts, data and workers come only from
 * the site itself: no inline script, no inline style except the page's own stylesheet (allowed by
 * its hash, see scripts/site/inline-stylesheet.ts), no eval, nothing from another origin. The
 * header adds `frame-ancestors 'none'`, which browsers ignore in a meta tag.
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[] = [],
  { header = false }: { header?: boolean } = {},
): string {
  const directives = DIRECTIVES.map((directive) =>
    directive === "style-src 'self'" ? [directive, ...styleHashes].join(' ') : directive,
  );
  return [...directives, ...(header ? ["frame-ancestors 'none'"] : [])].join('; ');
}

/** The policy without style hashes, as index.html gets it before the stylesheet is inlined. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

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
