import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for a lazy route's heading before giving up. */
const LAZY_HEADING_WAIT_MS = 10_000;

function focusPageHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('[data-page-heading]');
  heading?.focus();
  return heading !== null;
}

/**
 * After each in-app navigation, move focus to the new page's heading so keyboard and screen-reader
 * users start reading at the top of the new step. A #fragment is left to the page it targets.
 * A lazy route shows its heading only once its chunk has loaded, so wait for it to appear.
 */
export function useFocusOnNavigation(): void {
  const { pathname, hash } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    if (hash) return;
    window.scrollTo(0, 0);
    if (focusPageHeading()) return;

    const observer = new MutationObserver(() => {
      if (focusPageHeading()) observer.disconnect();
    });
    observer.observe(document.getElementById('main') ?? document.body, {
      childList: true,
      subtree: true,
    });
    const timer = window.setTimeout(() => observer.disconnect(), LAZY_HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname, hash]);
}
