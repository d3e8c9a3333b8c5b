import type { FixSummary } from '../../../content/model';
import type { FixProgress } from '../../../store/slices/progress-slice';

export interface ProgressResume {
  fix: FixSummary;
  path: string;
  done: number;
  total: number;
}

/** Ticked steps that still exist on the page (a page may have lost steps since). */
export function doneCount(done: readonly number[], stepCount: number): number {
  return done.filter((step) => step <= stepCount).length;
}

/**
 * The fix page worked on most recently and not finished: at least one step ticked, not all.
 * Pages that no longer exist, or whose stored path no longer leads to them, are skipped.
 */
export function latestInProgress(
  progress: Readonly<Record<string, FixProgress>>,
  fixes: readonly FixSummary[],
  pathLeadsTo: (path: string, fixId: string) => boolean = () => true,
): ProgressResume | undefined {
  let latest: (ProgressResume & { updatedAt: number }) | undefined;
  for (const fix of fixes) {
    const entry = progress[fix.id];
    if (!entry) continue;
    const done = doneCount(entry.done, fix.stepCount);
    if (done === 0 || done >= fix.stepCount) continue;
    if (latest && entry.updatedAt <= latest.updatedAt) continue;
    if (!pathLeadsTo(entry.path, fix.id)) continue;
    latest = { fix, path: entry.path, done, total: fix.stepCount, updatedAt: entry.updatedAt };
  }
  if (!latest) return undefined;
  const { updatedAt: _updatedAt, ...resume } = latest;
  return resume;
}
