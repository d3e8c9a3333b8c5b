import { useEffect, useRef, useState } from 'react';
import type { FixRoute, Tree } from '../../../content/model';
import { startBulkJob, type BulkJob } from '../lib/bulk-client';
import {
  startingProgress,
  type BulkFile,
  type BulkProgress,
  type BulkResult,
} from '../lib/bulk-run';
import { BulkProgressView, progressAnnouncement } from './bulk-progress';
import { BulkResults, resultAnnouncement } from './bulk-results';

export interface BulkTriagePanelProps {
  files: readonly BulkFile[];
  tree: Tree;
  fixes: readonly FixRoute[];
}

type Phase =
  | { status: 'running'; progress: BulkProgress; cancelling: boolean }
  | { status: 'done'; result: BulkResult }
  | { status: 'failed' };

/** Runs one batch in the workers: its progress (with Cancel) while it runs, then its results. */
function useBulkJob(files: readonly BulkFile[]) {
  const [phase, setPhase] = useState<Phase>(() => ({
    status: 'running',
    progress: startingProgress(files),
    cancelling: false,
  }));
  const job = useRef<BulkJob | undefined>(undefined);

  useEffect(() => {
    let active = true;
    let current: BulkJob | undefined;
    // The catalogue is the analyzer's own chunk, usually loaded already; the worker gets a copy.
    import('virtual:content/codes')
      .then(({ default: catalogue }) => {
        if (!active) return;
        current = startBulkJob({
          files,
          catalogue,
          onProgress: (progress) =>
            setPhase((previous) =>
              previous.status === 'running' ? { ...previous, progress } : previous,
            ),
        });
        job.current = current;
        return current.result.then((result) => {
          if (active) setPhase({ status: 'done', result });
        });
      })
      .catch(() => {
        if (active) setPhase({ status: 'failed' });
      });
    return () => {
      active = false;
      current?.dispose();
    };
  }, [files]);

  const cancel = () => {
    job.current?.cancel();
    setPhase((previous) =>
      previous.status === 'running' ? { ...previous, cancelling: true } : previous,
    );
  };
  return { phase, cancel };
}

const FAILED =
  'The files could not be analyzed: the bulk analyzer did not start. Reload the page and choose them again.';

function announcement(phase: Phase): string {
  if (phase.status === 'failed') return FAILED;
  if (phase.status === 'running') return progressAnnouncement(phase.progress, phase.cancelling);
  return resultAnnouncement(phase.result);
}

/** Bulk triage of the chosen files (a chunk of its own, loaded when files are chosen). */
export function BulkTriagePanel({ files, tree, fixes }: BulkTriagePanelProps) {
  const { phase, cancel } = useBulkJob(files);
  return (
    <div>
      {/* One live region for the whole batch, so its end is announced like its progress. */}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement(phase)}
      </p>
      {phase.status === 'failed' && (
        <p className="mt-6 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          {FAILED}
        </p>
      )}
      {phase.status === 'running' && (
        <BulkProgressView
          progress={phase.progress}
          cancelling={phase.cancelling}
          onCancel={cancel}
        />
      )}
      {phase.status === 'done' && <BulkResults result={phase.result} tree={tree} fixes={fixes} />}
    </div>
  );
}
