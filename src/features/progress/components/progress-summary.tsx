import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { useAppStore } from '../../../store/app-store';
import { doneCount } from '../lib/latest-in-progress';
import { ariaDisabledUntilReady } from '../../../lib/controls-until-ready';

interface ProgressSummaryProps {
  fixId: string;
  stepCount: number;
}

/** "2 of 5 steps done" (announced as steps are ticked) and a button that clears the ticks. */
export function ProgressSummary({ fixId, stepCount }: ProgressSummaryProps) {
  const done = useAppStore((state) => doneCount(state.progress[fixId]?.done ?? [], stepCount));
  const resetProgress = useAppStore((state) => state.resetProgress);
  const untilReady = ariaDisabledUntilReady();
  if (stepCount === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {`${done} of ${stepCount} ${stepCount === 1 ? 'step' : 'steps'} done`}
      </p>
      <button
        type="button"
        {...untilReady}
        className={secondaryButtonClass}
        onClick={() => resetProgress(fixId)}
      >
        Reset progress
      </button>
    </div>
  );
}
