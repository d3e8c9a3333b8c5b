/**
 * The page's side of bulk triage: starts workers for a batch (one per core, up to four, for a
 * batch of many files: each takes a consecutive slice), passes their progress on as one, and
 * cancels them. A cancel asks each worker to stop (it answers with what it grouped so far); a
 * worker that doesn't answer in time is terminated.
 */
import type { CodeCatalogue } from '../../../content/codes-schema';
import { addProgress, mergeResults, splitFiles } from './bulk-merge';
import type { FromBulkWorker, ToBulkWorker } from './bulk-protocol';
import { startingProgress, type BulkFile, type BulkProgress, type BulkResult } from './bulk-run';

/** What the client needs of a Worker (a fake one in the tests). */
export interface BulkWorker {
  postMessage(message: ToBulkWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromBulkWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface BulkJob {
  /** The batch's result; rejects when the worker could not run. */
  result: Promise<BulkResult>;
  cancel(): void;
  /** Stops at once, without a result (the page is going away). */
  dispose(): void;
}

export interface BulkJobOptions {
  files: readonly BulkFile[];
  catalogue: CodeCatalogue;
  onProgress: (progress: BulkProgress) => void;
  createWorker?: () => BulkWorker;
  /** How long a cancelled worker has to answer before it is terminated (default 1 s). */
  cancelGraceMs?: number;
  /** How many workers at most (default: one per core, up to four). */
  workers?: number;
}

/** Below this many files one worker does it all (starting another costs more than it saves). */
const FILES_PER_EXTRA_WORKER = 64;
const MAX_WORKERS = 4;

/** The bulk worker: a chunk of its own, loaded only when a batch starts. */
function createBulkWorker(): BulkWorker {
  return new Worker(new URL('../workers/bulk-triage.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bulk-triage',
  }) as BulkWorker;
}

/** Runs one slice of the batch in a new worker. */
function startWorkerJob(options: BulkJobOptions): BulkJob {
  const worker = (options.createWorker ?? createBulkWorker)();
  const started = performance.now();
  let last = startingProgress(options.files);
  let settle: { resolve: (result: BulkResult) => void; reject: (error: Error) => void };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  const result = new Promise<BulkResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    finished = true;
    clearTimeout(timer);
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
  };

  worker.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'progress') {
      last = message.progress;
      options.onProgress(message.progress);
    } else if (message.type === 'done') {
      finish();
      settle.resolve(message.result);
    } else {
      finish();
      settle.reject(new Error(message.message));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish();
    settle.reject(new Error(event.message || 'The bulk worker could not start.'));
  };
  worker.postMessage({ type: 'start', files: [...options.files], catalogue: options.catalogue });

  const cancel = () => {
    if (finished || timer !== undefined) return;
    worker.postMessage({ type: 'cancel' });
    timer = setTimeout(() => {
      finish();
      // No answer: what the last progress said, without the groups the worker held.
      settle.resolve({
        groups: [],
        problems: [],
        problemsByReason: {},
        progress: last,
        elapsedMs: performance.now() - started,
        cancelled: true,
      });
    }, options.cancelGraceMs ?? 1000);
  };
  const dispose = () => {
    if (!finished) finish();
  };
  return { result, cancel, dispose };
}

function workerCount(options: BulkJobOptions): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  const wanted = options.workers ?? Math.min(MAX_WORKERS, cores);
  return Math.max(1, Math.min(wanted, Math.ceil(options.files.length / FILES_PER_EXTRA_WORKER)));
}

/** Starts a batch: its files in slices, one worker each; the results put back in file order. */
export function startBulkJob(options: BulkJobOptions): BulkJob {
  const slices = splitFiles(options.files, workerCount(options));
  const progress = slices.map((slice) => startingProgress(slice));
  const jobs = slices.map((files, index) =>
    startWorkerJob({
      ...options,
      files,
      onProgress: (update) => {
        progress[index] = update;
        options.onProgress(addProgress(progress));
      },
    }),
  );
  const result = Promise.all(jobs.map((job) => job.result)).then(mergeResults);
  // One slice failing fails the batch: the others are stopped too.
  result.catch(() => jobs.forEach((job) => job.dispose()));
  return {
    result,
    cancel: () => jobs.forEach((job) => job.cancel()),
    dispose: () => jobs.forEach((job) => job.dispose()),
  };
}
