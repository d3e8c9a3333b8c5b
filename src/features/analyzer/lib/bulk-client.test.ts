import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CodeCatalogue } from '../../../content/codes-schema';
import { startBulkJob, type BulkWorker } from './bulk-client';
import type { FromBulkWorker, ToBulkWorker } from './bulk-protocol';
import type { BulkProgress, BulkResult } from './bulk-run';

class FakeWorker implements BulkWorker {
  readonly received: ToBulkWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromBulkWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: ToBulkWorker) {
    this.received.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  send(message: FromBulkWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromBulkWorker>);
  }
}

const catalogue = { entries: [] } as unknown as CodeCatalogue;
const files = [new File(['abc'], 'a.eml'), new File(['de'], 'b.eml')];
const progress = (filesDone: number): BulkProgress => ({
  filesDone,
  filesTotal: 2,
  bytesDone: filesDone * 2,
  bytesTotal: 5,
  messages: filesDone,
  bounces: filesDone,
  problems: 0,
});
const result = (cancelled: boolean): BulkResult => ({
  groups: [],
  problems: [],
  problemsByReason: {},
  progress: progress(cancelled ? 1 : 2),
  elapsedMs: 5,
  cancelled,
});

function start() {
  const worker = new FakeWorker();
  const seen: BulkProgress[] = [];
  const job = startBulkJob({
    files,
    catalogue,
    onProgress: (update) => seen.push(update),
    createWorker: () => worker,
  });
  return { worker, seen, job };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('startBulkJob', () => {
  it('hands the files and the catalogue to the worker, passes progress on and resolves', async () => {
    const { worker, seen, job } = start();
    expect(worker.received).toEqual([{ type: 'start', files, catalogue }]);
    worker.send({ type: 'progress', progress: progress(1) });
    worker.send({ type: 'done', result: result(false) });
    await expect(job.result).resolves.toEqual(result(false));
    expect(seen).toEqual([progress(1)]);
    expect(worker.terminated, 'one worker per batch').toBe(true);
  });

  it('asks the worker to stop on cancel, and resolves with what it grouped', async () => {
    const { worker, job } = start();
    job.cancel();
    job.cancel();
    expect(worker.received.slice(1)).toEqual([{ type: 'cancel' }]);
    expect(worker.terminated).toBe(false);
    worker.send({ type: 'done', result: result(true) });
    await expect(job.result).resolves.toMatchObject({ cancelled: true });
    expect(worker.terminated).toBe(true);
  });

  it('terminates a worker that does not answer a cancel in time', async () => {
    vi.useFakeTimers();
    const { worker, job } = start();
    worker.send({ type: 'progress', progress: progress(1) });
    job.cancel();
    vi.advanceTimersByTime(999);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(worker.terminated).toBe(true);
    await expect(job.result).resolves.toMatchObject({
      cancelled: true,
      groups: [],
      progress: progress(1),
    });
    // A late answer changes nothing.
    worker.send({ type: 'done', result: result(false) });
    await expect(job.result).resolves.toMatchObject({ cancelled: true });
  });

  it('rejects when the worker fails or cannot load', async () => {
    const failing = start();
    failing.worker.send({ type: 'failed', message: 'boom' });
    await expect(failing.job.result).rejects.toThrow('boom');

    const broken = start();
    broken.worker.onerror?.({ message: '', preventDefault: () => undefined } as ErrorEvent);
    await expect(broken.job.result).rejects.toThrow('could not start');
    expect(broken.worker.terminated).toBe(true);
  });

  it('stops the worker at once when disposed', () => {
    const { worker, job } = start();
    job.dispose();
    expect(worker.terminated).toBe(true);
  });
});
