import type { FixSummary } from '../../../content/model';
import { TextLink } from '../../../components/ui/text-link';
import { useAppStore } from '../../../store/app-store';
import { latestInProgress } from '../lib/latest-in-progress';

interface ResumeNoticeProps {
  fixes: readonly FixSummary[];
  /** Whether a stored path still leads to its fix page (the tree may have changed since). */
  pathLeadsTo?: (path: string, fixId: string) => boolean;
}

/** On the start page: "Continue where you left off" with the last fix page in progress. */
export function ResumeNotice({ fixes, pathLeadsTo }: ResumeNoticeProps) {
  const progress = useAppStore((state) => state.progress);
  const resume = latestInProgress(progress, fixes, pathLeadsTo);
  if (!resume) return null;
  return (
    <p className="mt-6 rounded-lg border border-emerald-600/40 bg-emerald-50 p-4 dark:bg-emerald-950/40">
      <TextLink to={resume.path}>{`Continue where you left off: ${resume.fix.title}`}</TextLink>
      {` — ${resume.done} of ${resume.total} steps done`}
    </p>
  );
}
