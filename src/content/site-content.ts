import { lazyOnce } from '../lib/lazy-once';
import type { FixBody, FixRoute, Redirect, Tree } from './model.ts';

/** What routing needs from content/: the tree, each fix page's route, the redirects. */
export interface SiteContent {
  tree: Tree;
  /** Just enough to route; the rest of the front matter is in the body and the fix index. */
  fixes: FixRoute[];
  redirects: Redirect[];
  /** Fix id → a loader for that page's body (a chunk of its own). */
  fixBodyLoaders: Record<string, () => Promise<FixBody>>;
}

/**
 * The site's content is data, so it is a chunk of its own rather than part of the entry (which
 * holds code only and so does not grow with content). The app loads it before its first render
 * (src/main.tsx, src/entry-server.tsx); every page's HTML lists it for the boot script, so it
 * downloads alongside the entry.
 */
const content = lazyOnce<SiteContent>(() => import('virtual:content'));

export const loadSiteContent = content.load;

/** The content, for code that runs after loadSiteContent() (anything rendered by the app). */
export function siteContent(): SiteContent {
  const loaded = content.peek();
  if (!loaded) throw new Error('The site content was read before loadSiteContent() finished');
  return loaded;
}
