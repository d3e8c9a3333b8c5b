/**
 * Blobs made from bytes already in memory, kept in memory.
 *
 * postal-mime joins each MIME part's decoded chunks with `new Blob(chunks).arrayBuffer()`. A
 * browser registers every Blob with its blob store (in Chrome, in another process) and reads it
 * back from there: in a Chrome worker even `new Blob([])` took about 0.15 ms and a round trip
 * 0.4 ms, several times what analysing a bounce costs. Inside the bulk worker only, the `Blob`
 * global is replaced by InMemoryBlob: made of bytes and strings, it holds them in JavaScript;
 * made of anything else (the chosen Files), the constructor returns a native Blob as before.
 * `instanceof Blob` and the `[object Blob]` brand still hold for both.
 */

import { concatBytes } from './bytes';

type InMemoryPart = string | ArrayBuffer | ArrayBufferView<ArrayBuffer>;

const encoder = new TextEncoder();
const NativeBlob = globalThis.Blob;

function isInMemory(part: BlobPart): part is InMemoryPart {
  return typeof part === 'string' || part instanceof ArrayBuffer || ArrayBuffer.isView(part);
}

function toBytes(part: InMemoryPart): Uint8Array {
  if (typeof part === 'string') return encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}

function join(parts: readonly InMemoryPart[]): Uint8Array<ArrayBuffer> {
  const [only] = parts;
  // One piece of bytes (what postal-mime hands over most often): one copy.
  if (parts.length === 1 && only !== undefined && typeof only !== 'string') {
    return toBytes(only).slice();
  }
  return concatBytes(parts.map(toBytes));
}

/** The part of the Blob interface a Blob of bytes needs; see the module comment. */
export class InMemoryBlob {
  readonly #bytes: Uint8Array<ArrayBuffer>;
  readonly type: string;

  constructor(parts: BlobPart[] = [], options?: BlobPropertyBag) {
    const inMemory = parts.every(isInMemory);
    this.#bytes = inMemory ? join(parts as InMemoryPart[]) : new Uint8Array(0);
    this.type = (options?.type ?? '').toLowerCase();
    // Files and other Blobs stay native (an object returned from a constructor replaces it).
    if (!inMemory) return new NativeBlob(parts, options) as unknown as InMemoryBlob;
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return (
      value instanceof NativeBlob ||
      (typeof value === 'object' && value !== null && #bytes in value)
    );
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }

  get size(): number {
    return this.#bytes.length;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.slice().buffer);
  }

  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return Promise.resolve(this.#bytes.slice());
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  slice(start?: number, end?: number, contentType?: string): InMemoryBlob {
    return new InMemoryBlob([this.#bytes.slice(start, end)], { type: contentType ?? '' });
  }

  stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const bytes = this.#bytes.slice();
    return new ReadableStream({
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }
}

/** Makes `new Blob(…)` in this global scope an InMemoryBlob (the bulk worker calls it once). */
export function keepBlobsInMemory(scope: { Blob: typeof Blob } = globalThis): void {
  scope.Blob = InMemoryBlob as unknown as typeof Blob;
}
