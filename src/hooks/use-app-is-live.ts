import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while the page is the prerendered HTML (at build time, and while React hydrates it); true
 * once the app runs it. Controls that need the app stay disabled until then, so a click or a
 * keystroke that comes before the app has started is not lost and no form submits to nowhere:
 * browsers ignore a disabled control, and test tools wait for it to become enabled.
 */
export function useAppIsLive(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
