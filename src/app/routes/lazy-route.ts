import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A route whose screen is a chunk of its own (see lazy-routes.ts). */
export interface LazyRoute {
  /** A react-router path pattern, e.g. "/analyze". Without parameters it is also prerendered. */
  path: string;
  Component: LazyExoticComponent<ComponentType>;
  /** Starts loading the chunk (once). The browser entry awaits it before hydrating the page. */
  preload: () => Promise<unknown>;
}

/**
 * Declares a route that is loaded on demand. Because the same `preload` feeds React.lazy, loading
 * it before hydration means the prerendered screen hydrates without suspending or flashing.
 */
export function lazyRoute(
  path: string,
  load: () => Promise<{ default: ComponentType }>,
): LazyRoute {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed download can be tried again
      throw error;
    }));
  return { path, preload, Component: lazy(preload) };
}
