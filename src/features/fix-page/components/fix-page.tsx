import { lazy, Suspense, use, type ReactNode } from 'react';
import type { Answers, FixBody, FixRoute, FixSection, FixSummary } from '../../../content/model';
import type { TrailStep } from '../../../content/resolve-position';
import type { CommandRenderer } from '../../../components/doc/doc-content';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { PageHeading } from '../../../components/ui/page-heading';
import { usePageDescription } from '../../../hooks/use-page-meta';
import { fixBodies } from '../../../content/fix-bodies';
import { fixBodyForAnswers } from '../../../content/only-blocks';
import { FixBodyView } from './fix-body-view';
import type { StepActionsRenderer } from './step-list';

interface FixPageProps {
  fix: FixRoute;
  trail: readonly TrailStep[];
  /** The position's answers: the page shows only the `:::only` blocks they match. */
  answers: Answers;
  /** Shown above the heading (the breadcrumb). */
  header?: ReactNode;
  /** Page tools under the summary (copy link, print, progress), once the page has loaded. */
  renderActions?: (summary: FixSummary) => ReactNode;
  /** Shown after the steps and sections, before the sources. */
  renderAfterBody?: (summary: FixSummary) => ReactNode;
  renderCommand?: CommandRenderer;
  /** Controls under each numbered step. */
  renderStepActions?: StepActionsRenderer;
  /** Shown between the body's intro and its sections, once the body has loaded. */
  renderAfterIntro?: (body: FixBody) => ReactNode;
  /** Shown at the end of each section, inside it (nothing for most). */
  renderAfterSection?: (section: FixSection) => ReactNode;
}

/** A fix page: what it applies to, then its steps, verification, wait, test and undo. */
export function FixPage({ fix, trail, answers, header, ...loaded }: FixPageProps) {
  const appliesTo = trail.slice(1).map((step) => step.option.label);
  return (
    <article>
      {header}
      <PageHeading>{fix.title}</PageHeading>
      {appliesTo.length > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-semibold">Applies to:</span> {appliesTo.join(' · ')}
        </p>
      )}
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
          <LoadedFix id={fix.id} answers={answers} {...loaded} />
        </Suspense>
      </ErrorBoundary>
    </article>
  );
}

function LoadedFix({
  id,
  renderCommand,
  renderActions,
  renderAfterBody,
  renderStepActions,
  renderAfterIntro,
  renderAfterSection,
  answers,
}: { id: string } & Omit<FixPageProps, 'fix' | 'trail' | 'header'>) {
  const body = fixBodyForAnswers(fixBodies.peek(id) ?? use(fixBodies.load(id)), answers);
  usePageDescription(body.summary.summary);
  return (
    <>
      <p className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">
        {body.summary.summary}
      </p>
      {renderActions && <div className="mt-4">{renderActions(body.summary)}</div>}
      <FixBodyView
        body={body}
        renderCommand={renderCommand}
        renderStepActions={renderStepActions}
        afterIntro={renderAfterIntro?.(body)}
        afterSection={renderAfterSection}
      />
      {renderAfterBody?.(body.summary)}
      <FixSources body={body} />
    </>
  );
}

// At the page's end, so a chunk of its own: it never holds the steps back (decision 0027).
const ReportProblemLink = lazy(() => import('./report-problem-link'));

function FixSources({ body }: { body: FixBody }) {
  const { sources, reviewed, title } = body.summary;
  return (
    <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <h2 className="font-semibold text-slate-800 dark:text-slate-200">Sources</h2>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {sources.map((source) => (
          <li key={source.url}>
            <a
              href={source.url}
              rel="noopener noreferrer"
              className="inline-block py-1 underline underline-offset-2"
            >
              {source.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        Last reviewed <time dateTime={reviewed}>{reviewed}</time>.
      </p>
      <Suspense fallback={null}>
        <ReportProblemLink title={title} />
      </Suspense>
    </footer>
  );
}
