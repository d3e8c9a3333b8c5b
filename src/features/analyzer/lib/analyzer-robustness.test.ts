import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { fastestCpuMs } from './cpu-time.test-helper';
import { analyzeBounce } from './analyze-bounce';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const analyze = (text: string) => analyzeBounce(text, catalogue);

/** Pieces the scanner's patterns repeat or key on: runs of them are the hostile inputs. */
const PIECES = [
  'a.',
  'a-',
  '5.',
  '550 ',
  '#',
  '@',
  '<',
  '[',
  '(',
  ' ',
  '\t',
  ':',
  'x@y.',
  'RESOLVER.',
  'Received: by ',
  'Microsoft SMTP Server (',
  'Generating server: ',
  'Serveur de génération : ',
  '生成サーバー：',
  'Your message to ',
  'gave this error ',
  'Delivery has failed to these recipients or groups',
  '5.7.1 ',
  'smtp;',
  '\u00a0',
  '\r',
];

const run = fc
  .tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 3000 }))
  .map(([piece, times]) => piece.repeat(times));
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  run,
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
);
const text = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

/** MIME parts inside parts, `depth` deep, each with a bounce-like line. */
function nestedMime(depth: number): string {
  let body = 'Diagnostic-Code: smtp; 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup';
  for (let level = depth; level > 0; level -= 1) {
    const boundary = `b${level}`;
    body = [
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      body,
      `--${boundary}--`,
    ].join('\n');
  }
  return body;
}

describe('analyzeBounce on anything', () => {
  it('never throws and never fails inside, on random and hostile text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = analyze(input);
        expect(result.kind).not.toBe('error');
        for (const evidence of result.evidence)
          for (const { start, end } of evidence.highlights)
            expect(0 <= start && start <= end && end <= evidence.text.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a bounce inside deeply nested MIME parts', () => {
    const result = analyze(nestedMime(200));
    expect(result.kind).not.toBe('error');
    expect(result.entry?.id).toBe('exo-5-7-133-group');
  });

  it('handles 20,000 lines', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      i % 3 === 0 ? 'Generating server: ' + 'a.'.repeat(30) : `${'5.'.repeat(i % 50)}x@y.z`,
    );
    expect(analyze(lines.join('\n')).kind).not.toBe('error');
  });

  it('stays linear: four times the text takes about four times as long', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 20, maxLength: 40 }), (lines) => {
        const once = lines.join('\n');
        // Repeat the block until it is a sizeable text, then four times that.
        const base = `${once}\n`.repeat(Math.max(1, Math.ceil(300_000 / (once.length + 1))));
        const small = fastestCpuMs(() => analyze(base));
        const large = fastestCpuMs(() => analyze(base.repeat(4)));
        // Generous: linear work gives about 4 (less where a fixed cap dominates); quadratic 16.
        expect(large).toBeLessThan(10 * Math.max(small, 2));
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });
});
