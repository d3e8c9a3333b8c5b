import { lazy, Suspense, type ComponentProps } from 'react';
import type { FixStep } from '../../content/model';

const loadPageTools = () => import('./page-tools');

/** Starts loading the page tools early (after the first render), so they show with the page. */
export function preloadPageTools(): void {
  void loadPageTools();
}

const CopyLinkButton = lazy(() => loadPageTools().then((m) => ({ default: m.CopyLinkButton })));
const FixPageTools = lazy(() => loadPageTools().then((m) => ({ default: m.FixPageTools })));
const FixStepTools = lazy(() => loadPageTools().then((m) => ({ default: m.FixStepTools })));

// While the chunk loads, a box of about the tools' height keeps the page from jumping.

/** "Copy link to this page" on a question page. */
export function QuestionPageTools(props: ComponentProps<typeof CopyLinkButton>) {
  return (
    <Suspense fallback={<div className="h-9" />}>
      <CopyLinkButton {...props} />
    </Suspense>
  );
}

/** Copy link, print and progress on a fix page. */
export function LazyFixPageTools(props: ComponentProps<typeof FixPageTools>) {
  return (
    <Suspense fallback={<div className="h-20" />}>
      <FixPageTools {...props} />
    </Suspense>
  );
}

/** The renderer for the controls under each numbered step of a fix page. */
export function renderFixStepTools(fixId: string, path: string) {
  return function StepTools(step: FixStep) {
    return (
      <Suspense fallback={<span className="block h-9" />}>
        <FixStepTools fixId={fixId} path={path} number={step.number} anchor={step.anchor} />
      </Suspense>
    );
  };
}
