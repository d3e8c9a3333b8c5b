import { useId } from 'react';
import { secondaryButtonClass } from '../../../components/ui/button-classes';
import type { BulkProgress } from '../lib/bulk-run';

interface BulkProgressViewProps {
  progress: BulkProgress;
  cancelling: boolean;
  onCancel: () => void;
}

const count = new Intl.NumberFormat('en-US');
const files = (n: number) => `${count.format(n)} ${n === 1 ? 'file' : 'files'}`;

/** How far the batch is, 0–100: by bytes read (files of zero bytes: by files). */
function percentDone(progress: BulkProgress): number {
  const fraction =
    progress.bytesTotal > 0
      ? progress.bytesDone / progress.bytesTotal
      : progress.filesDone / Math.max(1, progress.filesTotal);
  return Math.min(100, Math.floor(fraction * 100));
}

/**
 * What the live region says while the batch runs: a quarter at a time (progress only grows), so
 * the text stays the same between steps and nothing is re-read.
 */
export function progressAnnouncement(progress: BulkProgress, cancelling: boolean): string {
  if (cancelling) return 'Cancelling…';
  const step = Math.floor(percentDone(progress) / 25) * 25;
  return step > 0 ? `${step}% analyzed` : `Analyzing ${files(progress.filesTotal)}`;
}

/**
 * The batch's progress bar, its figures and the Cancel button.
 */
export function BulkProgressView({ progress, cancelling, onCancel }: BulkProgressViewProps) {
  const labelId = useId();
  const percent = percentDone(progress);
  const done = `${count.format(progress.filesDone)} of ${files(progress.filesTotal)}`;

  return (
    <div className="mt-6">
      <p id={labelId} className="font-semibold">
        {cancelling ? 'Cancelling…' : `Analyzing ${files(progress.filesTotal)}…`}
      </p>
      <progress
        aria-labelledby={labelId}
        aria-valuetext={`${percent}%: ${done}`}
        value={percent}
        max={100}
        className="mt-2 h-3 w-full max-w-xl accent-blue-700 dark:accent-sky-400"
      />
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {`${done} · ${count.format(progress.bounces)} bounces · ${count.format(progress.problems)} without a bounce`}
      </p>
      <button
        type="button"
        onClick={onCancel}
        disabled={cancelling}
        className={`mt-3 ${secondaryButtonClass}`}
      >
        Cancel
      </button>
    </div>
  );
}
