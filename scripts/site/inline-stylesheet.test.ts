import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets, styleHashSource } from './inline-stylesheet.ts';

const html = `<head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; object-src 'none'" />
    <link rel="stylesheet" crossorigin href="/base/assets/index.css">
  </head>`;

describe('inline stylesheets', () => {
  it('replaces the link with the stylesheet and allows it by hash in the policy', () => {
    const css = 'body{color:red}\n';
    const result = inlineStylesheets(html, (href) => {
      expect(href).toBe('/base/assets/index.css');
      return css;
    });
    const hash = createHash('sha256').update(css).digest('base64');
    expect(result).toContain(`<style>${css}</style>`);
    expect(result).not.toContain('<link rel="stylesheet"');
    expect(result).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(result).not.toContain('unsafe-inline');
  });

  it('hashes as the browser does, over the exact text', () => {
    expect(styleHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('refuses a stylesheet that would close the style element', () => {
    expect(() => inlineStylesheets(html, () => 'a{}</style><script>')).toThrow(
      'contains "</style"',
    );
  });
});
