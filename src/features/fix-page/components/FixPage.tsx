import { Suspense, use, type ReactNode } from 'react';
import type { FixSummary } from '../../../content/model';
import type { TrailStep } from '../../../content/resolve-position';
import type { CommandRenderer } from '../../../components/doc/DocContent';
import { ErrorBoundary } from '../../../components/ui/ErrorBoundary';
import { PageHeading } from '../../../components/ui/PageHeading';
import { fixBodies } from '../lib/content-fix-bodies';
import { FixBodyView } from './FixBodyView';
import type { StepActionsRenderer } from './StepList';

interface FixPageProps {
  fix: FixSummary;
  trail: readonly TrailStep[];
  /** Shown above the heading (the breadcrumb). */
  header?: ReactNode;
  /** Shown under the summary: page tools (copy link, print, progress). */
  actions?: ReactNode;
  /** Shown after the steps and sections, before the sources. */
  afterBody?: ReactNode;
  renderCommand?: CommandRenderer;
  /** Controls under each numbered step. */
  renderStepActions?: StepActionsRenderer;
}

/** A fix page: what it applies to, then its steps, verification, wait, test and undo. */
export function FixPage({
  fix,
  trail,
  header,
  actions,
  afterBody,
  renderCommand,
  renderStepActions,
}: FixPageProps) {
  const appliesTo = trail.map((step) => step.option.label);
  return (
    <article>
      {header}
      <PageHeading>{fix.title}</PageHeading>
      <p className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">{fix.summary}</p>
      {appliesTo.length > 1 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-semibold">Applies to:</span> {appliesTo.slice(1).join(' · ')}
        </p>
      )}
      {actions && <div className="mt-4">{actions}</div>}
      <ErrorBoundary
        resetKey={fix.id}
        fallback={(_error, reset) => (
          <div
            role="alert"
            className="mt-6 rounded-lg border border-amber-500 bg-amber-50 p-4 dark:bg-amber-950"
          >
            <p>The steps for this page could not be loaded. Check your connection and try again.</p>
            <button
              type="button"
              className="mt-2 rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800"
              onClick={() => {
                fixBodies.retry(fix.id);
                reset();
              }}
            >
              Try again
            </button>
          </div>
        )}
      >
        <Suspense
          fallback={<p className="mt-6 text-slate-600 dark:text-slate-400">Loading the steps…</p>}
        >
          <LoadedFixBody
            id={fix.id}
            renderCommand={renderCommand}
            renderStepActions={renderStepActions}
          />
        </Suspense>
      </ErrorBoundary>
      {afterBody}
      <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <h2 className="font-semibold text-slate-800 dark:text-slate-200">Sources</h2>
        <ul className="mt-2 list-disc pl-5">
          {fix.sources.map((source) => (
            <li key={source.url}>
              <a
                href={source.url}
                rel="noopener noreferrer"
                className="underline underline-offset-2"
              >
                {source.title}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-2">
          Last reviewed <time dateTime={fix.reviewed}>{fix.reviewed}</time>.
        </p>
      </footer>
    </article>
  );
}

function LoadedFixBody({
  id,
  renderCommand,
  renderStepActions,
}: {
  id: string;
  renderCommand?: CommandRenderer;
  renderStepActions?: StepActionsRenderer;
}) {
  const body = fixBodies.peek(id) ?? use(fixBodies.load(id));
  return (
    <FixBodyView body={body} renderCommand={renderCommand} renderStepActions={renderStepActions} />
  );
}
