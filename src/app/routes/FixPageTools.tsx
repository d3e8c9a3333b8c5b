import type { FixRoute, FixStep, FixSummary } from '../../content/model';
import { CopyLinkButton } from '../../features/helpdesk/components/CopyLinkButton';
import { PrintButton, PrintedUrl } from '../../features/helpdesk/components/PrintTools';
import { StepLink } from '../../features/helpdesk/components/StepLink';
import { ProgressSummary } from '../../features/progress/components/ProgressSummary';
import { StepDoneCheckbox } from '../../features/progress/components/StepDoneCheckbox';

interface FixPageToolsProps {
  /** The page's front matter (it arrives with the page's body). */
  fix: FixSummary;
  path: string;
}

/** Under a fix page's summary: copy its link, print it, and the progress through its steps. */
export function FixPageTools({ fix, path }: FixPageToolsProps) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-3 print:hidden">
        <CopyLinkButton path={path} />
        <PrintButton />
      </div>
      <ProgressSummary fixId={fix.id} stepCount={fix.stepCount} />
      <PrintedUrl path={path} />
    </div>
  );
}

/** Under each numbered step: tick it off, link to it, copy its link. */
export function renderFixStepTools(fix: FixRoute, path: string) {
  return function FixStepTools(step: FixStep) {
    return (
      <>
        <StepDoneCheckbox fixId={fix.id} fixPath={path} step={step.number} />
        <StepLink fixPath={path} anchor={step.anchor} number={step.number} />
      </>
    );
  };
}
