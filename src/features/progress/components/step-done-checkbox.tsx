import { useAppStore } from '../../../store/app-store';
import { disabledUntilReady } from '../../../lib/controls-until-ready';

interface StepDoneCheckboxProps {
  fixId: string;
  /** The fix page's path, remembered so the start page can offer to come back. */
  fixPath: string;
  step: number;
}

/** "Mark step 3 done": ticked steps are kept per fix page (in this browser only). */
export function StepDoneCheckbox({ fixId, fixPath, step }: StepDoneCheckboxProps) {
  const done = useAppStore((state) => state.progress[fixId]?.done.includes(step) ?? false);
  const toggleStep = useAppStore((state) => state.toggleStep);
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm font-medium print:hidden">
      <input
        type="checkbox"
        {...disabledUntilReady()}
        aria-label={`Mark step ${step} done`}
        checked={done}
        onChange={() => toggleStep(fixId, fixPath, step)}
        className="h-5 w-5 accent-emerald-700 dark:accent-emerald-500"
      />
      Done
    </label>
  );
}
