import type { LazyRoute } from './lazy-route';

/**
 * Route-level features that load on demand, e.g.
 * `lazyRoute(paths.analyze(), () => import('../../features/analyzer/components/AnalyzerScreen'))`
 * (a default export). Every lazy route must be listed here: App renders them, the browser entry
 * preloads the current one before hydrating, and the prerender writes a page for each path and
 * adds its chunk to that page's modulepreloads. The prerender fails if a page lazily imports a
 * module during render that is neither a fix body nor one of these routes.
 */
export const lazyRoutes: readonly LazyRoute[] = [];
