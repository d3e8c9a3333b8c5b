import { describe, expect, it } from 'vitest';
import { evidenceSegments } from './evidence-segments';

describe('evidenceSegments', () => {
  it('cuts a line into plain and highlighted runs, in order', () => {
    expect(
      evidenceSegments({
        text: '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
        highlights: [
          { start: 11, end: 36, label: 'diagnostic' },
          { start: 1, end: 4, label: 'smtp-reply' },
          { start: 5, end: 10, label: 'status-code' },
        ],
      }),
    ).toEqual([
      { text: '#' },
      { text: '550', label: 'smtp-reply' },
      { text: ' ' },
      { text: '5.7.1', label: 'status-code' },
      { text: ' ' },
      { text: 'RESOLVER.RST.AuthRequired', label: 'diagnostic' },
      { text: '; authentication required ##' },
    ]);
  });

  it('keeps a line without highlights whole, and an empty line as one empty run', () => {
    expect(evidenceSegments({ text: 'plain', highlights: [] })).toEqual([{ text: 'plain' }]);
    expect(evidenceSegments({ text: '', highlights: [] })).toEqual([{ text: '' }]);
  });

  it('drops overlapping ranges and clamps ranges past the end', () => {
    expect(
      evidenceSegments({
        text: 'abcdef',
        highlights: [
          { start: 0, end: 4, label: 'diagnostic' },
          { start: 2, end: 5, label: 'status-code' },
          { start: 5, end: 50, label: 'server' },
        ],
      }),
    ).toEqual([
      { text: 'abcd', label: 'diagnostic' },
      { text: 'e' },
      { text: 'f', label: 'server' },
    ]);
  });

  it('keeps markup in the text as text', () => {
    const text = '<script>alert(1)</script> 5.7.1';
    const joined = evidenceSegments({
      text,
      highlights: [{ start: 26, end: 31, label: 'status-code' }],
    })
      .map((segment) => segment.text)
      .join('');
    expect(joined).toBe(text);
  });
});
