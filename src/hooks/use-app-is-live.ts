import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while the page is the prerendered HTML (at build time, and while React hydrates it); true
 * once the app runs it: for what only the browser knows (its address), and for the analyzer's and
 * the index's form controls, disabled until then so no form submits to nowhere. The fix pages'
 * many controls wait through lib/controls-until-ready instead, without rendering again.
 */
export function useAppIsLive(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
