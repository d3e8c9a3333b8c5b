import { Link } from 'react-router';
import { absoluteUrl, paths } from '../../../lib/paths';
import { CopyButton } from '../../../components/ui/copy-button';

interface StepLinkProps {
  /** The fix page's app path. */
  fixPath: string;
  anchor: string;
  number: number;
}

/**
 * A link to one numbered step (#step-N) and a button that copies it, always shown (touch has no
 * hover, and a helpdesk should see that steps can be linked), small and muted next to "Done".
 */
export function StepLink({ fixPath, anchor, number }: StepLinkProps) {
  const stepPath = paths.fixStep(fixPath, anchor);
  return (
    <span className="inline-flex flex-wrap items-center gap-2 print:hidden">
      <Link
        to={stepPath}
        className="rounded px-1.5 py-0.5 font-mono text-slate-600 underline-offset-2 hover:underline dark:text-slate-300"
      >
        <span aria-hidden="true">#</span>
        <span className="sr-only">{`Link to step ${number}`}</span>
      </Link>
      <CopyButton
        text={() => absoluteUrl(stepPath, window.location.origin)}
        label={`Copy link to step ${number}`}
        copiedMessage={`Link to step ${number} copied`}
        statusPlacement="after"
      >
        Copy link
      </CopyButton>
    </span>
  );
}
