import { openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesToRead, streamChunks } from './bulk-read';
import type { BulkFile } from './bulk-run';
import { keepBlobsInMemory } from './in-memory-blob';

const decode = (bytes: Uint8Array | undefined) =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);

async function collect(
  files: BulkFile[],
  groupable = (file: BulkFile) => !file.name.endsWith('.mbox'),
) {
  const out: [string, string | undefined][] = [];
  for await (const { file, bytes } of filesToRead(files, groupable))
    out.push([file.name, decode(bytes)]);
  return out;
}

describe('filesToRead', () => {
  it('reads neighbouring small files together and gives each its own bytes, in order', async () => {
    const files = [
      new File(['first'], 'a.eml'),
      new File(['second'], 'b.eml'),
      new File(['From x'], 'box.mbox'),
      new File(['third'], 'c.txt'),
      new File([''], 'empty.eml'),
      new File(['fourth'], 'd.eml'),
    ];
    expect(await collect(files)).toEqual([
      ['a.eml', 'first'],
      ['b.eml', 'second'],
      // Not groupable: left for the caller to stream.
      ['box.mbox', undefined],
      ['c.txt', 'third'],
      ['empty.eml', ''],
      ['d.eml', 'fourth'],
    ]);
  });

  it('leaves a lone file, and anything that is not a real File, to be read on its own', async () => {
    const fake: BulkFile = {
      name: 'fake.eml',
      size: 4,
      arrayBuffer: () => Promise.resolve(new ArrayBuffer(4)),
      stream: () => new Blob([]).stream(),
    };
    expect(await collect([new File(['x'], 'one.eml'), fake, new File(['y'], 'two.eml')])).toEqual([
      ['one.eml', undefined],
      ['fake.eml', undefined],
      ['two.eml', undefined],
    ]);
  });

  it('falls back to one read per file when a file of the group can no longer be read', async () => {
    const path = join(tmpdir(), `bulk-read-${process.pid}.eml`);
    writeFileSync(path, 'original');
    const vanishing = new File([await openAsBlob(path)], 'changed.eml');
    writeFileSync(path, 'changed on disk after it was chosen');
    const files = [new File(['ok'], 'ok.eml'), vanishing, new File(['fine'], 'fine.eml')];
    expect(await collect(files)).toEqual([
      ['ok.eml', undefined],
      ['changed.eml', undefined],
      ['fine.eml', undefined],
    ]);
  });

  it('reads groups the same way with the bulk worker’s in-memory Blobs', async () => {
    const NativeBlob = globalThis.Blob;
    keepBlobsInMemory();
    try {
      const files = [new NativeBlob(['a']), new NativeBlob(['bc'])].map(
        (blob, i) => new File([blob], `${i}.eml`),
      );
      expect(await collect(files)).toEqual([
        ['0.eml', 'a'],
        ['1.eml', 'bc'],
      ]);
    } finally {
      globalThis.Blob = NativeBlob;
    }
  });

  it('never puts more than 256 files in one group', async () => {
    const files = Array.from({ length: 600 }, (_, i) => new File([`${i}`], `${i}.eml`));
    const read = await collect(files);
    expect(read.map(([, text]) => text)).toEqual(files.map((_, i) => `${i}`));
  });
});

describe('streamChunks', () => {
  it('yields every byte of a file, and lets the caller stop early', async () => {
    const file = new File([new Uint8Array(300_000).fill(65), 'end'], 'big.mbox');
    let total = 0;
    for await (const chunk of streamChunks(file)) total += chunk.length;
    expect(total).toBe(300_003);
    let chunks = 0;
    for await (const _chunk of streamChunks(file)) {
      chunks += 1;
      break;
    }
    expect(chunks).toBe(1);
  });
});
