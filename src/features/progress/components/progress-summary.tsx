import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { useAppStore } from '../../../store/app-store';
import { doneCount } from '../lib/latest-in-progress';
import { useButtonUntilLive } from '../../../hooks/use-app-is-live';

interface ProgressSummaryProps {
  fixId: string;
  stepCount: number;
}

/** "2 of 5 steps done" (announced as steps are ticked) and a button that clears the ticks. */
export function ProgressSummary({ fixId, stepCount }: ProgressSummaryProps) {
  const done = useAppStore((state) => doneCount(state.progress[fixId]?.done ?? [], stepCount));
  const resetProgress = useAppStore((state) => state.resetProgress);
  const untilLive = useButtonUntilLive();
  if (stepCount === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {`${done} of ${stepCount} ${stepCount === 1 ? 'step' : 'steps'} done`}
      </p>
      <button
        type="button"
        {...untilLive}
        className={secondaryButtonClass}
        onClick={() => resetProgress(fixId)}
      >
        Reset progress
      </button>
    </div>
  );
}
