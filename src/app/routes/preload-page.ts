import { matchRoutes } from 'react-router';
import { fixes, redirects, tree } from 'virtual:content';
import { redirectFor, resolvePosition, segmentsFromPath } from '../../content/resolve-position';
import { fixBodies } from '../../features/fix-page/lib/content-fix-bodies';
import { lazyRoutes } from './lazy-routes';

const WIZARD_ROUTE = '*';

/** The route App renders for an app path: one of the lazy routes, or the wizard's catch-all. */
export function routeFor(appPath: string) {
  const routes = [...lazyRoutes.map((route) => ({ path: route.path })), { path: WIZARD_ROUTE }];
  const [match] = matchRoutes(routes, appPath) ?? [];
  return lazyRoutes.find((route) => route.path === match?.route.path);
}

/**
 * Loads everything the page at `appPath` would otherwise suspend on — its lazy route chunk or its
 * fix body — so hydrating the prerendered HTML needs no fallback and shows no flash.
 */
export function preloadPage(appPath: string): Promise<unknown> {
  const lazyRoute = routeFor(appPath);
  if (lazyRoute) return lazyRoute.preload();
  if (redirectFor(redirects, appPath)) return Promise.resolve();
  const position = resolvePosition({ tree, fixes }, segmentsFromPath(appPath));
  return position.kind === 'fix' ? fixBodies.load(position.fix.id) : Promise.resolve();
}
