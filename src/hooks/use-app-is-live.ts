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

/**
 * The props of a `type="button"` button until the app runs: `aria-disabled`, not `disabled`
 * (decision 0013). Such a button has no action of its own, so an early press does nothing either
 * way, and assistive technology and test tools see it as disabled all the same. Switching
 * `disabled` off re-checks each control's focus and form state; under Lighthouse, whose trace
 * records every such switch, that made the switch after hydration one of a fix page's longest
 * tasks (16 buttons). Inputs, check boxes and submit buttons keep `disabled`: the browser would
 * act on them by itself.
 */
export function useButtonUntilLive(): { 'aria-disabled'?: true } {
  return useAppIsLive() ? {} : { 'aria-disabled': true };
}
