/**
 * The page's side of bulk triage: starts a worker for a batch, passes its progress on, and
 * cancels it. A cancel asks the worker to stop (it answers with what it grouped so far); a
 * worker that doesn't answer in time is terminated.
 */
import type { CodeCatalogue } from '../../../content/codes-schema';
import type { FromBulkWorker, ToBulkWorker } from './bulk-protocol';
import type { BulkFile, BulkProgress, BulkResult } from './bulk-run';

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
}

/** The bulk worker: a chunk of its own, loaded only when a batch starts. */
function createBulkWorker(): BulkWorker {
  return new Worker(new URL('../workers/bulk-triage.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bulk-triage',
  }) as BulkWorker;
}

/** Starts a batch in a new worker. */
export function startBulkJob(options: BulkJobOptions): BulkJob {
  const worker = (options.createWorker ?? createBulkWorker)();
  const started = performance.now();
  let last: BulkProgress = {
    filesDone: 0,
    filesTotal: options.files.length,
    bytesDone: 0,
    bytesTotal: options.files.reduce((sum, file) => sum + file.size, 0),
    messages: 0,
    bounces: 0,
    problems: 0,
  };
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
