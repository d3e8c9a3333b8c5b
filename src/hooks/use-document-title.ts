import { usePageMeta } from './use-page-meta';

export { SITE_NAME, documentTitle } from './use-page-meta';

/** Keeps the tab's title in step with the page, so history and screen readers name it right. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  usePageMeta({ title: pageTitle });
}
