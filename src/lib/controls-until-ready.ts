type UntilReadyAttribute = 'disabled' | 'aria-disabled';

export interface ControlUntilReadyProps {
  disabled?: true;
  'aria-disabled'?: true;
  ref: (element: Element | null) => (() => void) | undefined;
}

export interface ControlsGate {
  /** Props for an input or check box: `disabled` until the app is ready (decision 0013). */
  disabledUntilReady(): ControlUntilReadyProps;
  /** Props for a `type="button"` button: `aria-disabled` until the app is ready. */
  ariaDisabledUntilReady(): ControlUntilReadyProps;
  /** The app has started and read the stored data: every control waiting for it is enabled. */
  open(): void;
}

/**
 * Controls that need the app are disabled in the prerendered page and enable themselves when the
 * app is ready, by taking the attribute off the element rather than by rendering again. A page
 * has dozens of them (a "Done" box per step, copy buttons, the command inputs): one more render
 * of each, right after hydration, was one of a fix page's longest tasks (decision 0013). They
 * open only after the stored data is read, so an early tick cannot overwrite what is stored.
 */
export function createControlsGate(): ControlsGate {
  let ready = false;
  const waiting = new Map<Element, UntilReadyAttribute>();

  const refFor = (attribute: UntilReadyAttribute) => (element: Element | null) => {
    if (!element) return undefined;
    if (ready) {
      element.removeAttribute(attribute);
      return undefined;
    }
    waiting.set(element, attribute);
    return () => void waiting.delete(element);
  };
  // One function per attribute, so React sees the same ref on every render and attaches it once.
  const enableDisabled = refFor('disabled');
  const enableAriaDisabled = refFor('aria-disabled');

  return {
    disabledUntilReady: () =>
      ready ? { ref: enableDisabled } : { disabled: true, ref: enableDisabled },
    ariaDisabledUntilReady: () =>
      ready ? { ref: enableAriaDisabled } : { 'aria-disabled': true, ref: enableAriaDisabled },
    open() {
      ready = true;
      for (const [element, attribute] of waiting) element.removeAttribute(attribute);
      waiting.clear();
    },
  };
}

/** The app's gate: App opens it once it has read the stored data. */
export const controlsGate = createControlsGate();
export const { disabledUntilReady, ariaDisabledUntilReady } = controlsGate;
