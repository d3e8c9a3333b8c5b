import { useAppIsLive } from '../../../hooks/use-app-is-live';

/**
 * The site's origin ("https://example.org"), or "" while rendering on the server and while
 * hydrating prerendered markup, so that markup matches; React fills it in right after.
 */
export function useOrigin(): string {
  return useAppIsLive() ? window.location.origin : '';
}
