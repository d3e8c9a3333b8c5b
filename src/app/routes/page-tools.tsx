import type { FixSummary } from '../../content/model';
import { CopyLinkButton } from '../../features/helpdesk/components/CopyLinkButton';
import { PrintButton, PrintedUrl } from '../../features/helpdesk/components/PrintTools';
import { StepLink } from '../../features/helpdesk/components/StepLink';
import { ProgressSummary } from '../../features/progress/components/ProgressSummary';
import { StepDoneCheckbox } from '../../features/progress/components/StepDoneCheckbox';

// The page tools, a chunk of their own (see lazy-page-tools.tsx): none of them is needed to read
// a page, so they stay out of the entry chunk.

export { CopyLinkButton };

/** Under a fix page's summary: copy its link, print it, and the progress through its steps. */
export function FixPageTools({ fix, path }: { fix: FixSummary; path: string }) {
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
export function FixStepTools({
  fixId,
  path,
  number,
  anchor,
}: {
  fixId: string;
  path: string;
  number: number;
  anchor: string;
}) {
  return (
    <>
      <StepDoneCheckbox fixId={fixId} fixPath={path} step={number} />
      <StepLink fixPath={path} anchor={anchor} number={number} />
    </>
  );
}
