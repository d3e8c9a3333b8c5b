/**
 * Bulk triage's batch: many files (.eml, .txt, .mbox) in, bounces grouped and problems listed
 * out. Runs in the bulk worker (and in Node for the tests and `npm run bench`). A file that can't
 * be read is listed with why and the batch goes on; cancelling stops it between two messages.
 */
import type { BounceAnalysis } from './analyze-bounce';
import { BulkGrouper, type BulkGroup } from './bulk-groups';
import { filesToRead, streamChunks, type FileToRead } from './bulk-read';
import { MboxSplitter, startsLikeMbox, type MboxMessage } from './mbox';
import {
  BounceFileError,
  MAX_FILE_BYTES,
  looksBinary,
  readBounceFile,
  readEml,
  type BounceFileText,
} from './read-bounce-file';

export type BulkProblemReason =
  'empty' | 'too-large' | 'binary' | 'unreadable' | 'not-a-bounce' | 'corrupt-mbox' | 'failed';

/** A file, or a message of an mbox, that gave no bounce to group. */
export interface BulkProblem {
  /** "notes.txt", or "inbox.mbox › message 12". */
  source: string;
  reason: BulkProblemReason;
  /** Why, in words for the person who chose the file. */
  message: string;
}

export interface BulkProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /**
   * Messages looked at: one per .eml/.txt file, one per message of an mbox, one per unreadable
   * file or stray part of a mailbox. Always bounces + problems.
   */
  messages: number;
  /** Messages grouped as bounces. */
  bounces: number;
  problems: number;
}

export interface BulkResult {
  groups: BulkGroup[];
  /** The problems, the first MAX_LISTED_PROBLEMS of them. */
  problems: BulkProblem[];
  problemsByReason: Partial<Record<BulkProblemReason, number>>;
  progress: BulkProgress;
  /** From the start of the batch to its end, reading included. */
  elapsedMs: number;
  cancelled: boolean;
}

/** What a batch needs: a file's name and size, and a way to read it whole or in chunks. */
export interface BulkFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream(): ReadableStream<Uint8Array>;
}

export interface BulkRunOptions {
  analyze: (text: string) => BounceAnalysis;
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
  /** How often progress is reported (default 100 ms). */
  progressEveryMs?: number;
  /** How long the batch works before it lets other events (a cancel) in (default 20 ms). */
  yieldEveryMs?: number;
  /** Lets queued events run; in a worker, a task of its own (see yieldToEventLoop). */
  yieldToEvents?: () => Promise<void>;
  now?: () => number;
}

/** Problems listed per batch (all are counted). */
export const MAX_LISTED_PROBLEMS = 1000;
const MB = 1024 * 1024;

const MESSAGES: Record<BulkProblemReason, string> = {
  empty: 'The file is empty.',
  'too-large': `Larger than ${MAX_FILE_BYTES / MB} MB, far more than a bounce.`,
  binary: 'Not text (an image, an archive, an Outlook .msg…): save the bounce as .eml or .txt.',
  unreadable: 'Could not be read as an email message.',
  'not-a-bounce': 'No status code and no diagnostic the analyzer knows: probably not a bounce.',
  'corrupt-mbox': 'Not an mbox file: no line starts with “From ” to open a message.',
  failed: 'The analyzer could not read this one.',
};

/** The progress of a batch that has not started. */
export function startingProgress(files: readonly BulkFile[]): BulkProgress {
  return {
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
    messages: 0,
    bounces: 0,
    problems: 0,
  };
}

/** Names read as mailboxes; other files are read as mailboxes too when they open like one. */
const MBOX_NAME = /\.(?:mbox|mbx)$/i;

/** Lets queued events (a cancel message) run: a task of its own, without a timer's clamping. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

class Batch {
  readonly grouper = new BulkGrouper();
  readonly problems: BulkProblem[] = [];
  readonly byReason: Partial<Record<BulkProblemReason, number>> = {};
  readonly progress: BulkProgress;
  private readonly now: () => number;
  private lastYield: number;
  private lastProgress: number;

  constructor(
    files: readonly BulkFile[],
    private readonly options: BulkRunOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.lastYield = this.now();
    this.lastProgress = this.lastYield;
    this.progress = startingProgress(files);
  }

  get cancelled(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** Lists a file, a message or a part of a mailbox that gave no bounce (each counts as a message). */
  problem(source: string, reason: BulkProblemReason, message = MESSAGES[reason]): void {
    this.progress.messages += 1;
    this.progress.problems += 1;
    this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ source, reason, message });
  }

  /** Analyses one message's text and groups it, or lists why it is no bounce. */
  analyze(text: string, source: string): void {
    let analysis: BounceAnalysis;
    try {
      analysis = this.options.analyze(text);
    } catch {
      this.problem(source, 'failed');
      return;
    }
    if (analysis.kind === 'empty') {
      this.problem(source, 'empty', 'There is no text in it.');
    } else if (analysis.kind === 'no-code') {
      this.problem(source, 'not-a-bounce');
    } else if (analysis.entry || analysis.code || analysis.smtpReplies.length > 0) {
      // A diagnosis (of a bounce, or of an admin error the catalogue knows): grouped.
      this.grouper.add(analysis, source);
      this.progress.messages += 1;
      this.progress.bounces += 1;
    } else {
      // A kind without a diagnosis (an analyzer error): listed, never grouped.
      this.problem(source, 'failed');
    }
  }

  /** Between two messages: lets a cancel in now and then, and reports progress. */
  async checkpoint(): Promise<void> {
    const now = this.now();
    if (now - this.lastProgress >= (this.options.progressEveryMs ?? 100)) {
      this.lastProgress = now;
      this.options.onProgress?.({ ...this.progress });
    }
    if (now - this.lastYield >= (this.options.yieldEveryMs ?? 20)) {
      await (this.options.yieldToEvents ?? yieldToEventLoop)();
      this.lastYield = this.now();
    }
  }
}

async function readMessage(
  batch: Batch,
  read: () => Promise<BounceFileText>,
  source: string,
): Promise<void> {
  let text: BounceFileText;
  try {
    text = await read();
  } catch (error) {
    if (error instanceof BounceFileError) batch.problem(source, error.problem, error.message);
    else batch.problem(source, 'unreadable');
    return;
  }
  batch.analyze(text.text, source);
}

async function mboxMessage(batch: Batch, message: MboxMessage, name: string): Promise<void> {
  const source = `${name} › message ${message.index}`;
  if ('tooLarge' in message) {
    batch.problem(source, 'too-large', `This message is ${(message.size / MB).toFixed(1)} MB.`);
  } else if (message.bytes.length === 0) {
    batch.problem(source, 'empty', 'This message of the mailbox is empty.');
  } else {
    await readMessage(batch, () => readEml(message.bytes), source);
  }
  await batch.checkpoint();
}

/**
 * Streams a mailbox through the splitter; each message is read and analysed as it completes.
 * False when a cancel stopped it before the end.
 */
async function readMbox(
  batch: Batch,
  file: BulkFile,
  chunks: AsyncIterable<Uint8Array>,
): Promise<boolean> {
  const splitter = new MboxSplitter(MAX_FILE_BYTES);
  let first = true;
  for await (const chunk of chunks) {
    if (first && looksBinary(chunk)) {
      batch.progress.bytesDone += file.size;
      batch.problem(file.name, 'binary');
      return true;
    }
    first = false;
    for (const message of splitter.push(chunk)) {
      await mboxMessage(batch, message, file.name);
      if (batch.cancelled) return false;
    }
    batch.progress.bytesDone += chunk.length;
  }
  for (const message of splitter.end()) await mboxMessage(batch, message, file.name);
  const { messages, strayBytes } = splitter.summary();
  if (messages === 0) batch.problem(file.name, 'corrupt-mbox');
  else if (strayBytes > 0) {
    batch.problem(
      file.name,
      'corrupt-mbox',
      `${strayBytes} bytes before the first “From ” line were not part of any message and were skipped.`,
    );
  }
  return true;
}

async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** A file read whole (and perhaps with others): not a mailbox by name, nor empty, nor too large. */
function readWhole(file: BulkFile): boolean {
  return !MBOX_NAME.test(file.name) && file.size > 0 && file.size <= MAX_FILE_BYTES;
}

/** Reads one file's messages; false when a cancel stopped it before the end. */
async function readMessages(batch: Batch, { file, bytes: read }: FileToRead): Promise<boolean> {
  if (MBOX_NAME.test(file.name)) return readMbox(batch, file, streamChunks(file));
  if (!readWhole(file)) {
    if (file.size === 0) batch.problem(file.name, 'empty', 'The file is empty (0 bytes).');
    else
      batch.problem(
        file.name,
        'too-large',
        `${(file.size / MB).toFixed(1)} MB: far more than a bounce.`,
      );
    return true;
  }
  let bytes: Uint8Array;
  try {
    bytes = read ?? new Uint8Array(await file.arrayBuffer());
  } catch {
    batch.problem(
      file.name,
      'unreadable',
      'The file could not be read (was it moved or deleted?).',
    );
    return true;
  }
  if (startsLikeMbox(bytes)) return readMbox(batch, file, oneChunk(bytes));
  await readMessage(batch, () => readBounceFile(bytes, file.name), file.name);
  return true;
}

/** Reads one file; false when a cancel stopped it before the end. Never throws. */
async function readFile(batch: Batch, toRead: FileToRead): Promise<boolean> {
  const { file } = toRead;
  const before = batch.progress.bytesDone;
  let complete = true;
  try {
    complete = await readMessages(batch, toRead);
  } catch {
    batch.problem(file.name, 'unreadable', 'The file could not be read.');
  }
  // Whatever was counted on the way, a file read to its end counts whole.
  if (complete) batch.progress.bytesDone = before + file.size;
  return complete;
}

/** Runs the batch: never throws for a bad file; stops between messages once `signal` aborts. */
export async function runBulk(
  files: readonly BulkFile[],
  options: BulkRunOptions,
): Promise<BulkResult> {
  const batch = new Batch(files, options);
  const now = options.now ?? (() => performance.now());
  const started = now();
  let stopped = false;
  for await (const toRead of filesToRead(files, readWhole)) {
    // A cancel stops the batch between two messages; a file cut short is not counted done.
    if (batch.cancelled) {
      stopped = true;
      break;
    }
    if (!(await readFile(batch, toRead))) {
      stopped = true;
      break;
    }
    batch.progress.filesDone += 1;
    await batch.checkpoint();
  }
  options.onProgress?.({ ...batch.progress });
  return {
    groups: batch.grouper.groups(),
    problems: batch.problems,
    problemsByReason: batch.byReason,
    progress: { ...batch.progress },
    elapsedMs: now() - started,
    cancelled: stopped,
  };
}
