import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After each in-app navigation, move focus to the new page's heading so keyboard and screen-reader
 * users start reading at the top of the new step. A #fragment is left to the page it targets.
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
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [pathname, hash]);
}
