import type { FixSummary } from '../../content/model';
import { CopyLinkButton } from '../../features/helpdesk/components/copy-link-button';
import { PrintButton, PrintedUrl } from '../../features/helpdesk/components/print-tools';
import { StepLink } from '../../features/helpdesk/components/step-link';
import { ProgressSummary } from '../../features/progress/components/progress-summary';
import { StepDoneCheckbox } from '../../features/progress/components/step-done-checkbox';

/** Where the tools go: a question page, a fix page (after its steps; its printed header), or one step. */
export type PageToolsProps =
  | { kind: 'question'; path: string }
  | { kind: 'fix'; path: string; fix: FixSummary }
  | { kind: 'print-header'; path: string }
  | { kind: 'step'; path: string; fixId: string; number: number; anchor: string };

/**
 * The helpdesk and progress tools of a page, a chunk of its own (see lazy-page-tools.tsx): none
 * of them is needed to read a page, so they stay out of the entry chunk.
 */
export default function PageTools(props: PageToolsProps) {
  switch (props.kind) {
    case 'question':
      return <CopyLinkButton path={props.path} />;
    case 'fix':
      return (
        <div className="space-y-3">
          <div className="flex flex-wrap items-start gap-3 print:hidden">
            <CopyLinkButton path={props.path} />
            <PrintButton />
          </div>
          <ProgressSummary fixId={props.fix.id} stepCount={props.fix.stepCount} />
        </div>
      );
    case 'print-header':
      return <PrintedUrl path={props.path} />;
    case 'step':
      return (
        <>
          <StepDoneCheckbox fixId={props.fixId} fixPath={props.path} step={props.number} />
          <StepLink fixPath={props.path} anchor={props.anchor} number={props.number} />
        </>
      );
  }
}
