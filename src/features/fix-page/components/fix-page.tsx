import { Suspense, type ReactNode } from 'react';
import type {
  AnswerKey,
  Answers,
  FixBody,
  FixRoute,
  FixSection,
  FixSummary,
} from '../../../content/model';
import type { TrailStep } from '../../../content/resolve-position';
import type { CommandRenderer } from '../../../components/doc/doc-content';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { PageHeading } from '../../../components/ui/page-heading';
import { fixBodies } from '../../../content/fix-bodies';
import { answerShortLabel } from '../../../content/tree-logic';
import { lazyOnce } from '../../../lib/lazy-once';
import { lazyReady } from '../../../lib/lazy-ready';
import type { StepActionsRenderer } from './step-list';
import type { ToolsPlacement } from './fix-layout';

export interface FixPageProps {
  fix: FixRoute;
  trail: readonly TrailStep[];
  /** The position's answers: the page shows only the `:::only` blocks they match. */
  answers: Answers;
  /** Shown above the heading (the breadcrumb). */
  header?: ReactNode;
  /** Right under the summary, before the intro and the steps (the sender's message). */
  renderLead?: (body: FixBody) => ReactNode;
  /** Page tools after the steps (copy link, print, progress), once the page has loaded. */
  renderActions?: (summary: FixSummary) => ReactNode;
  /** Shown after the steps and sections, before the sources. */
  renderAfterBody?: (summary: FixSummary) => ReactNode;
  renderCommand?: CommandRenderer;
  /** Controls under each numbered step. */
  renderStepActions?: StepActionsRenderer;
  /** The command builder's inputs, before or after the steps, once the body has loaded. */
  renderTools?: (body: FixBody) => ReactNode;
  /** Before the steps (the default: PowerShell) or after them (a console page, decision 0022). */
  toolsPlacement?: ToolsPlacement;
  /** On paper only, under the heading: URL, date, the typed values or blanks to fill. */
  renderPrintHeader?: (body: FixBody) => ReactNode;
  /** Shown at the end of each section, inside it (nothing for most). */
  renderAfterSection?: (section: FixSection) => ReactNode;
}

/**
 * What "Applies to" names, as on Microsoft Learn: the recipient type, the Exchange version and the
 * tool. Who the reader is and what the page does (the method: its title says it) are not in it.
 */
const APPLIES_TO_KEYS: ReadonlySet<AnswerKey> = new Set(['recipient', 'platform', 'surface']);

/** A fix page: its steps first, then verification, wait, test and undo, then what it applies to. */
export function FixPage({ fix, trail, answers, header, ...loaded }: FixPageProps) {
  const appliesTo = trail
    .filter((step) => APPLIES_TO_KEYS.has(step.question.key))
    .map((step) => answerShortLabel(step.option));
  // The body and the code that lays it out load side by side, not one after the other.
  void fixBodies.load(fix.id).catch(() => undefined);
  return (
    <article>
      {header}
      <PageHeading>{fix.title}</PageHeading>
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
          <LoadedFix id={fix.id} answers={answers} appliesTo={appliesTo} {...loaded} />
        </Suspense>
      </ErrorBoundary>
    </article>
  );
}

/**
 * The page below its heading, a chunk of its own (decision 0022): it can only render once the
 * page's body has loaded, so it loads alongside it and stays out of the entry.
 */
const loadedFix = lazyOnce(() => import('./loaded-fix'));
const LoadedFix = lazyReady(loadedFix);

/** Starts loading the page's lower part ahead of a click (a question prefetches it, decision 0027). */
export function preloadLoadedFix(): void {
  void loadedFix.load().catch(() => undefined);
}
