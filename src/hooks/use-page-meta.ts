import { createContext, useContext, useEffect } from 'react';

export const SITE_NAME = 'Bounce-fix wizard';

/** Used when a page does not describe itself (kept in step with index.html). */
export const SITE_DESCRIPTION =
  'Fix Exchange bounces such as 550 5.7.1 RESOLVER.RST.AuthRequired, 5.7.12 and 5.7.133: find the exact steps for your recipient, Exchange version and admin tool.';

/** What a page says about itself: its title, its description, whether it is a 404. */
export interface PageMeta {
  title?: string;
  description?: string;
  notFound?: boolean;
}

/**
 * Set only while prerendering: pages report their meta here during render, because effects do not
 * run on the server. In the browser there is no collector and the effects below do the work.
 */
export const PageMetaCollectorContext = createContext<((meta: PageMeta) => void) | null>(null);

export function documentTitle(pageTitle: string | undefined): string {
  return pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
}

/** Keeps the tab's title in step with the page, so history and screen readers name it right. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  useContext(PageMetaCollectorContext)?.({ title: pageTitle });
  useEffect(() => {
    document.title = documentTitle(pageTitle);
  }, [pageTitle]);
}

/** The page's meta description (search results, link previews); the site's when it leaves. */
export function usePageDescription(description: string | undefined): void {
  useContext(PageMetaCollectorContext)?.({ description });
  useEffect(() => {
    if (description === undefined) return;
    const meta = document.querySelector('meta[name="description"]');
    meta?.setAttribute('content', description);
    return () => meta?.setAttribute('content', SITE_DESCRIPTION);
  }, [description]);
}

/** Marks the page as "not found", so the prerender refuses to publish it as a real page. */
export function useNotFoundStatus(): void {
  useContext(PageMetaCollectorContext)?.({ notFound: true });
}
