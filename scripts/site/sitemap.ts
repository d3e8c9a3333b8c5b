import { escapeHtml } from './html-page.ts';

/**
 * The sitemap's address for an app path. With a site origin (SITE_URL) it is absolute, as the
 * sitemap protocol requires; without one it is the path under the base path, which a deployer can
 * still read or rewrite (see the README).
 */
export function pageLocation(appPath: string, base: string, siteUrl: string | undefined): string {
  const path = `${base.replace(/\/$/, '')}${appPath}`;
  return siteUrl ? `${siteUrl.replace(/\/$/, '')}${path}` : path;
}

export function sitemapXml(locations: readonly string[]): string {
  const urls = locations.map((location) => `  <url><loc>${escapeHtml(location)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
