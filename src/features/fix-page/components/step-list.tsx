import type { ReactNode } from 'react';
import type { FixStep } from '../../../content/model';
import { DocContent, type CommandRenderer } from '../../../components/doc/doc-content';

/** Controls shown under a step (a "done" checkbox, a link to it). */
export type StepActionsRenderer = (step: FixStep) => ReactNode;

interface StepListProps {
  steps: readonly FixStep[];
  renderCommand?: CommandRenderer;
  renderStepActions?: StepActionsRenderer;
}

/** Numbered steps, each with its own anchor (#step-N) so a helpdesk can link to it. */
export function StepList({ steps, renderCommand, renderStepActions }: StepListProps) {
  return (
    <ol className="space-y-4" start={steps[0]?.number}>
      {steps.map((step) => (
        <li
          key={step.anchor}
          id={step.anchor}
          tabIndex={-1}
          className="flex scroll-mt-4 gap-4 rounded-lg border border-slate-200 p-4 target:border-blue-600 target:ring-2 target:ring-blue-600/30 has-checked:border-emerald-600/60 has-checked:bg-emerald-50/60 dark:border-slate-700 dark:target:border-sky-400 dark:has-checked:bg-emerald-950/30 print:break-inside-avoid print:border-slate-400 print:bg-transparent print:p-2"
        >
          <span
            aria-hidden="true"
            className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-blue-700 font-bold text-white dark:bg-sky-700"
          >
            {step.number}
          </span>
          <div className="min-w-0 flex-1">
            <div className="prose max-w-none">
              <span className="sr-only">{`Step ${step.number}: `}</span>
              <DocContent nodes={step.blocks} renderCommand={renderCommand} />
            </div>
            {renderStepActions && (
              <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
                {renderStepActions(step)}
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
