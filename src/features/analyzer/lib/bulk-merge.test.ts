import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { analyzeBounce } from './analyze-bounce';
import { mergeResults, splitFiles } from './bulk-merge';
import { runBulk, type BulkFile } from './bulk-run';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const sized = (...sizes: number[]): BulkFile[] =>
  sizes.map((size, i) => ({
    name: `${i}`,
    size,
    arrayBuffer: () => Promise.resolve(new ArrayBuffer(size)),
    stream: () => new Blob([]).stream(),
  }));
const names = (slices: BulkFile[][]) => slices.map((slice) => slice.map((file) => file.name));

describe('splitFiles', () => {
  it('cuts consecutive slices of about the same size', () => {
    expect(names(splitFiles(sized(10, 10, 10, 10), 2))).toEqual([
      ['0', '1'],
      ['2', '3'],
    ]);
    expect(names(splitFiles(sized(30, 5, 5, 5, 5), 2))).toEqual([['0'], ['1', '2', '3', '4']]);
  });

  it('never makes an empty slice or more slices than files', () => {
    expect(names(splitFiles(sized(1, 1000), 4))).toEqual([['0'], ['1']]);
    expect(names(splitFiles(sized(1000, 1, 1), 3))).toEqual([['0'], ['1'], ['2']]);
    expect(names(splitFiles(sized(0, 0, 0), 2))).toEqual([['0'], ['1', '2']]);
    expect(names(splitFiles(sized(5), 1))).toEqual([['0']]);
    expect(splitFiles([], 2)).toEqual([[]]);
  });
});

describe('mergeResults', () => {
  it('gives what one batch over all the files gives', async () => {
    const group = fixture('exo-5-7-133-group--dsn.eml');
    const auth = fixture('auth-required--dsn-exchange-2016.eml');
    const files = [
      new File([auth], 'a.eml'),
      new File([group], 'b.eml'),
      new File([''], 'empty.eml'),
      new File([group.replaceAll('sales@', 'buyers@')], 'c.eml'),
      new File([auth], 'd.eml'),
      new File(['no bounce here'], 'note.txt'),
      new File([group], 'e.eml'),
    ];
    const options = {
      analyze: (text: string) => analyzeBounce(text, catalogue),
      yieldToEvents: () => Promise.resolve(),
    };
    const whole = await runBulk(files, options);
    for (const parts of [2, 3, 7]) {
      const slices = splitFiles(files, parts);
      const merged = mergeResults(
        await Promise.all(slices.map((slice) => runBulk(slice, options))),
      );
      expect({ ...merged, elapsedMs: 0 }, `${parts} slices`).toEqual({ ...whole, elapsedMs: 0 });
    }
  });
});
