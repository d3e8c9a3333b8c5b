import { use } from 'react';
import type { FixBody } from '../../../content/model';
import { usePageDescription } from '../../../hooks/use-page-meta';
import { fixBodies } from '../../../content/fix-bodies';
import { fixBodyForAnswers } from '../../../content/only-blocks';
import { FixBodyView } from './fix-body-view';
import ReportProblemLink from './report-problem-link';
import type { FixPageProps } from './fix-page';

/** The fix page below its heading: summary, body (steps first), sources and what it applies to. */
export default function LoadedFix({
  id,
  renderCommand,
  renderActions,
  renderLead,
  renderAfterBody,
  renderStepActions,
  renderTools,
  toolsPlacement,
  renderPrintHeader,
  renderAfterSection,
  answers,
  appliesTo,
}: { id: string; appliesTo: readonly string[] } & Omit<FixPageProps, 'fix' | 'trail' | 'header'>) {
  const body = fixBodyForAnswers(fixBodies.peek(id) ?? use(fixBodies.load(id)), answers);
  usePageDescription(body.summary.summary);
  return (
    <>
      {renderPrintHeader?.(body)}
      <p className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">
        {body.summary.summary}
      </p>
      {renderLead?.(body)}
      <FixBodyView
        body={body}
        renderCommand={renderCommand}
        renderStepActions={renderStepActions}
        tools={renderTools?.(body)}
        toolsPlacement={toolsPlacement}
        afterSteps={renderActions?.(body.summary)}
        afterSection={renderAfterSection}
      />
      {renderAfterBody?.(body.summary)}
      <FixSources body={body} appliesTo={appliesTo} />
    </>
  );
}

function FixSources({ body, appliesTo }: { body: FixBody; appliesTo: readonly string[] }) {
  const { sources, reviewed } = body.summary;
  return (
    <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {appliesTo.length > 0 && (
        <p className="mb-3">
          <span className="font-semibold">Applies to:</span> {appliesTo.join(' · ')}
        </p>
      )}
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
      <ReportProblemLink title={body.summary.title} />
    </footer>
  );
}
