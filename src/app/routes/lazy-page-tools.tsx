import { lazy, Suspense } from 'react';
import type { PageToolsProps } from './page-tools';

const loadPageTools = () => import('./page-tools');
const LazyPageTools = lazy(loadPageTools);

/** Starts loading the page tools early (after the first render), so they show with the page. */
export function preloadPageTools(): void {
  void loadPageTools();
}

// While the chunk loads, a box of about the tools' height keeps the page from jumping.
const placeholderClass = {
  question: 'h-9',
  fix: 'h-20',
  'print-header': 'hidden',
  step: 'block h-9',
} as const;

/** Copy link, print, progress and step tools, wherever the route puts them. */
export function PageTools(props: PageToolsProps) {
  return (
    <Suspense fallback={<span className={placeholderClass[props.kind]} />}>
      <LazyPageTools {...props} />
    </Suspense>
  );
}
