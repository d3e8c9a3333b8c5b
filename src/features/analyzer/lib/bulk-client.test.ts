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

describe('startBulkJob on several workers', () => {
  const many = Array.from({ length: 200 }, (_, i) => new File(['x'], `${i}.eml`));

  function startMany(workers: number) {
    const created: FakeWorker[] = [];
    const seen: BulkProgress[] = [];
    const job = startBulkJob({
      files: many,
      catalogue,
      workers,
      onProgress: (update) => seen.push(update),
      createWorker: () => {
        const worker = new FakeWorker();
        created.push(worker);
        return worker;
      },
    });
    return { created, seen, job };
  }

  const sliceOf = (worker: FakeWorker) => {
    const start = worker.received[0];
    return start?.type === 'start' ? start.files : [];
  };

  it('gives each worker a consecutive slice and adds their progress up', () => {
    const { created, seen } = startMany(2);
    expect(created).toHaveLength(2);
    expect([...sliceOf(created[0]!), ...sliceOf(created[1]!)]).toEqual(many);
    created[0]?.send({ type: 'progress', progress: { ...progress(1), filesTotal: 100 } });
    created[1]?.send({ type: 'progress', progress: { ...progress(2), filesTotal: 100 } });
    expect(seen.at(-1)).toMatchObject({ filesDone: 3, filesTotal: 200, bounces: 3 });
  });

  it('uses one worker for a small batch, whatever it may use', () => {
    const worker = new FakeWorker();
    let made = 0;
    startBulkJob({
      files,
      catalogue,
      workers: 4,
      onProgress: () => undefined,
      createWorker: () => {
        made += 1;
        return worker;
      },
    });
    expect(made).toBe(1);
  });

  it('cancels every worker and merges what they answer', async () => {
    const { created, job } = startMany(2);
    job.cancel();
    expect(created.map((worker) => worker.received.at(-1))).toEqual([
      { type: 'cancel' },
      { type: 'cancel' },
    ]);
    created[0]?.send({ type: 'done', result: result(true) });
    created[1]?.send({ type: 'done', result: result(false) });
    await expect(job.result).resolves.toMatchObject({
      cancelled: true,
      progress: { filesDone: 3, bounces: 3 },
    });
  });

  it('stops the other workers when one fails', async () => {
    const { created, job } = startMany(2);
    created[1]?.send({ type: 'failed', message: 'boom' });
    await expect(job.result).rejects.toThrow('boom');
    expect(created.map((worker) => worker.terminated)).toEqual([true, true]);
  });
});
