import { describe, expect, it } from 'vitest';
import { pageLocation, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
  it('uses absolute addresses when the site origin is known', () => {
    expect(pageLocation('/admin', '/', 'https://fix.example.org/')).toBe(
      'https://fix.example.org/admin',
    );
    expect(pageLocation('/', '/help/', 'https://fix.example.org')).toBe(
      'https://fix.example.org/help/',
    );
  });

  it('falls back to paths under the base path', () => {
    expect(pageLocation('/admin/x', '/help/', undefined)).toBe('/help/admin/x');
    expect(pageLocation('/', '/', undefined)).toBe('/');
  });

  it('lists every location, escaped', () => {
    const xml = sitemapXml(['/a', '/b?x=1&y=2']);
    expect(xml).toContain('<url><loc>/a</loc></url>');
    expect(xml).toContain('<url><loc>/b?x=1&amp;y=2</loc></url>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
  });
});
