/**
 * Reading the chosen files for bulk triage. Every read of a File is a round trip to the
 * browser's file store (about half a millisecond each in a Chrome worker, as much as analysing
 * the bounce), so small files are read in groups: one read of a Blob made of a group of Files,
 * then cut into each file's bytes. A mailbox is streamed in chunks instead, whatever its size.
 */
import type { BulkFile } from './bulk-run';

/** A group holds at most this many bytes and files (what is in memory at once). */
const GROUP_BYTES = 8 * 1024 * 1024;
const GROUP_FILES = 256;

/** A file, with its bytes when they were read with its group. */
export interface FileToRead {
  file: BulkFile;
  bytes?: Uint8Array;
}

/** A real Blob or File (by its brand, which a replaced `Blob` global does not change). */
function isBlob(file: BulkFile): file is BulkFile & Blob {
  const brand = Object.prototype.toString.call(file);
  return brand === '[object File]' || brand === '[object Blob]';
}

async function readGroup(group: readonly (BulkFile & Blob)[]): Promise<FileToRead[]> {
  try {
    const all = new Uint8Array(await new Blob([...group]).arrayBuffer());
    let offset = 0;
    return group.map((file) => {
      const bytes = all.subarray(offset, offset + file.size);
      offset += file.size;
      return { file, bytes };
    });
  } catch {
    // One of them can't be read (moved, deleted): each is read on its own and reported alone.
    return group.map((file) => ({ file }));
  }
}

/**
 * The files in order, each small one (`groupable`) read together with its neighbours; the
 * others come without bytes, for the caller to read as it needs.
 */
export async function* filesToRead(
  files: readonly BulkFile[],
  groupable: (file: BulkFile) => boolean,
): AsyncGenerator<FileToRead> {
  let index = 0;
  while (index < files.length) {
    const group: (BulkFile & Blob)[] = [];
    let bytes = 0;
    for (let next = files[index]; next && group.length < GROUP_FILES; next = files[index]) {
      if (!isBlob(next) || !groupable(next) || bytes + next.size > GROUP_BYTES) break;
      group.push(next);
      bytes += next.size;
      index += 1;
    }
    if (group.length > 1) {
      yield* await readGroup(group);
    } else if (group[0]) {
      yield { file: group[0] };
    } else {
      const file = files[index];
      index += 1;
      if (file) yield { file };
    }
  }
}

/** A file's bytes as a stream of chunks, so a mailbox of any size never sits in memory whole. */
export async function* streamChunks(file: BulkFile): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopped early (cancelled, or a binary file): stop reading the file too.
    await reader.cancel().catch(() => undefined);
  }
}
