import { fixBodies } from '../content/fix-bodies';
import { siteContent } from '../content/site-content';
import { redirectFor, resolvePosition, segmentsFromPath } from '../content/resolve-position';

/**
 * Loads everything the prerendered page at `appPath` rendered lazily, so hydration finds it ready
 * and keeps the HTML as it is (no fallback, no flash): the page's fix body (then read
 * synchronously), and every chunk the prerender listed for the page — a lazy route, the command
 * builder, whatever the page imported while it rendered.
 */
export function preloadPage(appPath: string, lazyChunks: readonly string[]): Promise<unknown> {
  const tasks: Promise<unknown>[] = lazyChunks.map(
    (href) => import(/* @vite-ignore */ href) as Promise<unknown>,
  );
  const { redirects, tree, fixes } = siteContent();
  if (!redirectFor(redirects, appPath)) {
    const position = resolvePosition({ tree, fixes }, segmentsFromPath(appPath));
    if (position.kind === 'fix') tasks.push(fixBodies.load(position.fix.id));
  }
  return Promise.all(tasks);
}
