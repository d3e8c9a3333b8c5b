/**
 * The bulk triage worker: reads, splits and analyses the files off the page's main thread, so
 * the page stays responsive whatever the batch. One batch per worker; a cancel message stops it
 * between two messages (the batch lets messages in every few milliseconds).
 */
import { analyzeBounce } from '../lib/analyze-bounce';
import type { FromBulkWorker, ToBulkWorker } from '../lib/bulk-protocol';
import { runBulk } from '../lib/bulk-run';
import { keepBlobsInMemory } from '../lib/in-memory-blob';

// The little of a dedicated worker's global scope used here (the project compiles against DOM).
interface WorkerScope {
  Blob: typeof Blob;
  onmessage: ((event: MessageEvent<ToBulkWorker>) => void) | null;
  postMessage(message: FromBulkWorker): void;
}

const scope = self as unknown as WorkerScope;
// The MIME parser's Blobs stay in this worker's memory (see in-memory-blob.ts): ten times faster.
keepBlobsInMemory(scope);
let controller: AbortController | undefined;

async function run(message: Extract<ToBulkWorker, { type: 'start' }>, signal: AbortSignal) {
  try {
    const result = await runBulk(message.files, {
      analyze: (text) => analyzeBounce(text, message.catalogue),
      signal,
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: String(error) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller?.abort();
  } else if (message.type === 'start' && !controller) {
    controller = new AbortController();
    void run(message, controller.signal);
  }
};
