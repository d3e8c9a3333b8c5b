/**
 * Every href the app builds comes from here, so the URL contract in docs/design.md lives in one place.
 * Paths are app paths ("/admin/mail-user"); the router adds the deployment's base path.
 */
/**
 * The first answer of every path: who the visitor is (docs/design.md's URL contract), the one
 * copy code reads them from. `stillBouncing` is the troubleshooting path admin fix pages lead to
 * after their test. A test checks that tree.yaml's first question offers each of them
 * (paths-content.test.ts), so a slug renamed in one place only fails CI.
 */
export const roleSlugs = {
  sender: 'sender',
  admin: 'admin',
  app: 'app',
  stillBouncing: 'still-bouncing',
} as const;

export const paths = {
  home: () => '/',
  /** The start of the admin path, where an admin who knows nothing yet begins. */
  adminStart: () => `/${roleSlugs.admin}`,
  analyze: () => '/analyze',
  fixes: () => '/fixes',
  about: () => '/about',
  /** A wizard position one answer further on. */
  child: (parentPath: string, slug: string) => `${parentPath === '/' ? '' : parentPath}/${slug}`,
  /** A numbered step on a fix page. */
  fixStep: (fixPath: string, anchor: string) => `${fixPath}#${anchor}`,
};

/** The deployment's base path without a trailing slash ("" at the root of a host). */
export function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '');
}

/** The full URL of an app path on this deployment, for copying into tickets and emails. */
export function absoluteUrl(appPath: string, origin: string): string {
  return `${origin}${basePath()}${appPath}`;
}

/** "/admin/x/" and "/admin/x" are the same page; "/" stays "/". */
export function withoutTrailingSlash(path: string): string {
  return path.replace(/(.)\/+$/, '$1');
}
