import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryBlob, keepBlobsInMemory } from './in-memory-blob';
import { readEml } from './read-bounce-file';

const NativeBlob = globalThis.Blob;

afterEach(() => {
  globalThis.Blob = NativeBlob;
});

describe('InMemoryBlob', () => {
  it('holds bytes and strings as a Blob does', async () => {
    const blob = new InMemoryBlob(
      ['Grüße ', new Uint8Array([65, 66]), new Uint8Array([67]).buffer],
      {
        type: 'Text/Plain',
      },
    );
    expect(blob).toBeInstanceOf(InMemoryBlob);
    expect(Object.prototype.toString.call(blob)).toBe('[object Blob]');
    expect(blob.size).toBe(11);
    expect(blob.type).toBe('text/plain');
    expect(await blob.text()).toBe('Grüße ABC');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new TextEncoder().encode('Grüße ABC'));
    expect(await blob.slice(-3).text()).toBe('ABC');
    const chunks: Uint8Array[] = [];
    for await (const chunk of blob.stream()) chunks.push(chunk);
    expect(new TextDecoder().decode(chunks[0])).toBe('Grüße ABC');
  });

  it('gives a copy each time, so a reader cannot change it', async () => {
    const blob = new InMemoryBlob([new Uint8Array([1, 2, 3])]);
    new Uint8Array(await blob.arrayBuffer()).fill(0);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('is a native Blob when made of other Blobs or Files', async () => {
    const blob = new InMemoryBlob([new File(['from a file'], 'a.eml'), ' and text']);
    expect(blob).toBeInstanceOf(NativeBlob);
    expect(blob).toBeInstanceOf(InMemoryBlob);
    expect(blob.size).toBe(20);
    expect(await blob.text()).toBe('from a file and text');
    expect(await blob.slice(5, 11).text()).toBe('a file');
  });
});

describe('keepBlobsInMemory', () => {
  it('reads every .eml of the corpus exactly as the native Blob does', async () => {
    const dir = new URL('../fixtures/', import.meta.url);
    const names = readdirSync(dir).filter((name) => name.endsWith('.eml'));
    const native = await Promise.all(
      names.map((name) => readEml(readFileSync(new URL(name, dir)))),
    );
    keepBlobsInMemory();
    expect(new Blob(['x'])).toBeInstanceOf(InMemoryBlob);
    const inMemory = await Promise.all(
      names.map((name) => readEml(readFileSync(new URL(name, dir)))),
    );
    expect(inMemory).toEqual(native);
  });
});
