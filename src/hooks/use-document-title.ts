import { useEffect } from 'react';

export const SITE_NAME = 'Bounce-fix wizard';

export function documentTitle(pageTitle: string | undefined): string {
  return pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
}

/** Keeps the tab's title in step with the page, so history and screen readers name it right. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  useEffect(() => {
    document.title = documentTitle(pageTitle);
  }, [pageTitle]);
}
