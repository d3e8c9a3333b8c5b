import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appStylesheetHref,
  inlineCriticalStylesheet,
  styleHashSource,
} from './inline-stylesheet.ts';

const html = `<head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; object-src 'none'" />
    <link rel="stylesheet" crossorigin href="/base/assets/index.css">
  </head>`;

describe('the critical stylesheet', () => {
  it('finds the one stylesheet the template links', () => {
    expect(appStylesheetHref(html)).toBe('/base/assets/index.css');
    expect(() => appStylesheetHref('<head></head>')).toThrow('one stylesheet, found 0');
  });

  it('inlines the critical CSS, allows it by hash and defers the full stylesheet', () => {
    const css = 'body{color:red}\n';
    const result = inlineCriticalStylesheet(html, '/base/assets/index.css', css);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(result).toContain(`<style>${css}</style>`);
    expect(result).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(result).not.toContain('unsafe-inline');
    // Fetched without blocking the paint, switched on by the boot script; applied without it.
    expect(result).toContain(
      '<link rel="stylesheet" crossorigin href="/base/assets/index.css" media="print" data-deferred-stylesheet />',
    );
    expect(result).toContain(
      '<noscript><link rel="stylesheet" crossorigin href="/base/assets/index.css" /></noscript>',
    );
    expect(result.match(/<link /g)).toHaveLength(2);
  });

  it('hashes as the browser does, over the exact text', () => {
    expect(styleHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('refuses CSS that would close the style element, and a page without the link', () => {
    expect(() => inlineCriticalStylesheet(html, '/base/assets/index.css', 'a{}</style>')).toThrow(
      'contains "</style"',
    );
    expect(() => inlineCriticalStylesheet(html, '/other.css', 'a{}')).toThrow('0 times, not once');
  });
});
