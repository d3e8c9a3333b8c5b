import { contentSecurityPolicy } from '../vite/csp-plugin.ts';

/** Sent with every page: the referrer carries only the origin to other sites, never the path. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a site under `base`: for every file the
 * Content-Security-Policy as a header — the pages' meta policy, from the same function, plus
 * `frame-ancestors 'none'` — with nosniff and the referrer policy; `sw.js` is never cached for
 * long, so new versions are found promptly. `styleHashes` are the inline styles' CSP sources.
 */
export function headersFile(base: string, styleHashes: readonly string[]): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy(styleHashes, { header: true })}`,
    '  X-Content-Type-Options: nosniff',
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
