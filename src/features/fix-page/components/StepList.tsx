import type { FixStep } from '../../../content/model';
import { DocContent, type CommandRenderer } from '../../../components/doc/DocContent';

interface StepListProps {
  steps: readonly FixStep[];
  renderCommand?: CommandRenderer;
}

/** Numbered steps, each with its own anchor (#step-N) so a helpdesk can link to it. */
export function StepList({ steps, renderCommand }: StepListProps) {
  return (
    <ol className="space-y-4" start={steps[0]?.number}>
      {steps.map((step) => (
        <li
          key={step.anchor}
          id={step.anchor}
          tabIndex={-1}
          className="flex scroll-mt-4 gap-4 rounded-lg border border-slate-200 p-4 target:border-blue-600 target:ring-2 target:ring-blue-600/30 dark:border-slate-700 dark:target:border-sky-400"
        >
          <span
            aria-hidden="true"
            className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-blue-700 font-bold text-white dark:bg-sky-600"
          >
            {step.number}
          </span>
          <div className="prose prose-slate dark:prose-invert min-w-0 max-w-none flex-1">
            <span className="sr-only">{`Step ${step.number}: `}</span>
            <DocContent nodes={step.blocks} renderCommand={renderCommand} />
          </div>
        </li>
      ))}
    </ol>
  );
}
