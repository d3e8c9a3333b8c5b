import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * The site's origin ("https://example.org"), or "" while rendering on the server and while
 * hydrating prerendered markup, so that markup matches; React fills it in right after.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => '',
  );
}
