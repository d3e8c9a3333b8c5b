import type { ReactNode } from 'react';
import { useDocumentTitle, usePageDescription } from '../../hooks/use-page-meta';

interface PageHeadingProps {
  children: ReactNode;
  /** The document title; defaults to the heading when it is plain text. */
  title?: string;
  /** The page's meta description (search results, link previews); the site's by default. */
  description?: string;
}

/**
 * The page's one h1. It can take focus (tabIndex -1) so the layout can move focus here after each
 * navigation, and it sets the document title and description (also in the prerendered HTML).
 */
export function PageHeading({ children, title, description }: PageHeadingProps) {
  useDocumentTitle(title ?? (typeof children === 'string' ? children : undefined));
  usePageDescription(description);
  return (
    <h1
      tabIndex={-1}
      data-page-heading
      className="text-2xl font-bold tracking-tight text-balance sm:text-3xl"
    >
      {children}
    </h1>
  );
}
