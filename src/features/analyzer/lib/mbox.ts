/**
 * Splitting an mbox file (RFC 4155) into its messages, a chunk at a time, so a mailbox of any
 * size streams through without being held in memory whole.
 *
 * - A message starts at a "From " line (the postmark) at the start of the file or of a line. A
 *   writer escapes body lines that start with "From ", so a bare one is a separator; to survive
 *   files from careless writers, one is taken as a separator only after an empty line or when it
 *   looks like a postmark (`From sender Thu Jan  1 00:00:00 2026`, with a time of day).
 * - Body lines escaped with `>` are unescaped the mboxrd way: one `>` is removed from a line
 *   matching `>+From `. For mboxo files (which escape only "From ") this gives the same text,
 *   except for lines that already started with ">From " in the original, which mboxo cannot tell
 *   apart anyway.
 * - LF and CRLF line ends are both kept as they are (the MIME parser reads either); the empty
 *   line the format puts before each postmark is dropped.
 * - A message larger than the limit is not kept: it is reported with its size, and the rest of
 *   the mailbox still comes through.
 */

import { concatBytes } from './bytes';

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
/** What a postmark looks like after "From ": a sender (or "-"), then a date with a time of day. */
const POSTMARK_REST = /^\S{1,512} [^\r\n]{0,200}?\d{1,2}:\d{2}/;
/** How much of a line is decoded to check it against POSTMARK_REST. */
const POSTMARK_CHARS = 600;

/** One message of the mailbox, numbered from 1 in file order. */
export type MboxMessage =
  { index: number; bytes: Uint8Array } | { index: number; tooLarge: true; size: number };

export interface MboxSummary {
  /** Messages found (including those too large to keep). */
  messages: number;
  /** Bytes before the first postmark that were not blank (not part of any message). */
  strayBytes: number;
}

function startsWithFrom(line: Uint8Array, at: number): boolean {
  if (line.length < at + FROM_.length) return false;
  for (let i = 0; i < FROM_.length; i += 1) if (line[at + i] !== FROM_[i]) return false;
  return true;
}

/** A line holding nothing but its line end. */
function isBlank(line: Uint8Array): boolean {
  if (line.length === 0) return true;
  if (line.length === 1) return line[0] === LF;
  return line.length === 2 && line[0] === CR && line[1] === LF;
}

const latin1 = new TextDecoder('latin1');

function looksLikePostmark(line: Uint8Array): boolean {
  const rest = latin1.decode(line.subarray(FROM_.length, FROM_.length + POSTMARK_CHARS));
  return POSTMARK_REST.test(rest);
}

/** True when the bytes open like an mbox file: a postmark on the first line. */
export function startsLikeMbox(bytes: Uint8Array): boolean {
  const end = bytes.indexOf(LF);
  const line = bytes.subarray(0, end === -1 ? Math.min(bytes.length, POSTMARK_CHARS) : end + 1);
  return startsWithFrom(line, 0) && looksLikePostmark(line);
}

/** The pieces as one array: a single piece as it is (chunks are never reused), else a copy. */
function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const [only] = pieces;
  return pieces.length === 1 && only ? only : concatBytes(pieces, length);
}

/**
 * Streams an mbox: `push` each chunk as it is read, then `end`; each returns the messages it
 * completed. Chunks are not copied until a message is complete, so pass chunks that are not
 * reused (a File's stream, or slices of one buffer).
 */
export class MboxSplitter {
  private readonly maxMessageBytes: number;
  /** Pieces of a line that started in an earlier chunk. */
  private partial: Uint8Array[] = [];
  private partialLength = 0;
  /** Inside a line too long to be a postmark: what comes until its end is plain content. */
  private longLine = false;
  /** The message being collected: its lines (escapes already removed) and their length. */
  private lines: Uint8Array[] = [];
  private length = 0;
  private inMessage = false;
  private previousBlank = true;
  /** A blank line held back: it belongs to the message unless a postmark follows. */
  private held: Uint8Array | undefined;
  private oversized = false;
  private count = 0;
  private stray = 0;

  constructor(maxMessageBytes: number) {
    this.maxMessageBytes = maxMessageBytes;
  }

  push(chunk: Uint8Array): MboxMessage[] {
    const done: MboxMessage[] = [];
    let start = 0;
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, start)) {
      const piece = chunk.subarray(start, lf + 1);
      start = lf + 1;
      if (this.longLine) {
        this.longLine = false;
        this.add(piece);
      } else if (this.partial.length > 0) {
        this.partial.push(piece);
        this.line(this.takePartial(piece.length), done);
      } else {
        this.line(piece, done);
      }
    }
    if (start < chunk.length) this.keepPartial(chunk.subarray(start), done);
    return done;
  }

  end(): MboxMessage[] {
    const done: MboxMessage[] = [];
    if (this.partial.length > 0) this.line(this.takePartial(0), done);
    this.held = undefined; // the empty line that ends the last message is the format's too
    this.finishMessage(done);
    return done;
  }

  summary(): MboxSummary {
    return { messages: this.count, strayBytes: this.stray };
  }

  private takePartial(extra: number): Uint8Array {
    const line = concat(this.partial, this.partialLength + extra);
    this.partial = [];
    this.partialLength = 0;
    return line;
  }

  private keepPartial(rest: Uint8Array, done: MboxMessage[]): void {
    if (this.longLine) {
      this.add(rest);
      return;
    }
    this.partial.push(rest);
    this.partialLength += rest.length;
    // A line this long is no postmark: pass it on as content instead of collecting it.
    if (this.partialLength > POSTMARK_CHARS * 4) {
      this.line(this.takePartial(0), done);
      this.longLine = true;
    }
  }

  private line(line: Uint8Array, done: MboxMessage[]): void {
    const blank = isBlank(line);
    if (startsWithFrom(line, 0) && (this.previousBlank || looksLikePostmark(line))) {
      this.held = undefined;
      this.finishMessage(done);
      this.inMessage = true;
      this.count += 1;
      this.previousBlank = false;
      return;
    }
    if (this.held) {
      this.add(this.held);
      this.held = undefined;
    }
    if (blank && this.inMessage) this.held = line;
    else this.add(line[0] === GT ? unescapeFrom(line) : line);
    this.previousBlank = blank;
  }

  private add(line: Uint8Array): void {
    if (!this.inMessage) {
      if (!isBlank(line)) this.stray += line.length;
      return;
    }
    this.length += line.length;
    if (this.oversized) return;
    if (this.length > this.maxMessageBytes) {
      this.oversized = true;
      this.lines = [];
      return;
    }
    this.lines.push(line);
  }

  private finishMessage(done: MboxMessage[]): void {
    if (!this.inMessage) return;
    const index = this.count;
    if (this.oversized) done.push({ index, tooLarge: true, size: this.length });
    else done.push({ index, bytes: concat(this.lines, this.length) });
    this.lines = [];
    this.length = 0;
    this.oversized = false;
    this.inMessage = false;
  }
}

/** Removes one `>` from a line matching `>+From ` (mboxrd); leaves other lines alone. */
function unescapeFrom(line: Uint8Array): Uint8Array {
  let at = 0;
  while (line[at] === GT) at += 1;
  return startsWithFrom(line, at) ? line.subarray(1) : line;
}

/** Splits a whole mbox held in memory (tests, and files small enough to read at once). */
export function splitMbox(
  bytes: Uint8Array,
  maxMessageBytes: number,
): { messages: MboxMessage[]; summary: MboxSummary } {
  const splitter = new MboxSplitter(maxMessageBytes);
  const messages = [...splitter.push(bytes), ...splitter.end()];
  return { messages, summary: splitter.summary() };
}
