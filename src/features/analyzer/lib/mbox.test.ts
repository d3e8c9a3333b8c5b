import { describe, expect, it } from 'vitest';
import { MboxSplitter, splitMbox, startsLikeMbox, type MboxMessage } from './mbox';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const LIMIT = 1024 * 1024;

function texts(messages: MboxMessage[]): string[] {
  return messages.map((message) => ('bytes' in message ? decode(message.bytes) : 'TOO LARGE'));
}

const MBOX = [
  'From MAILER-DAEMON Thu Jan  1 09:00:00 2026',
  'Subject: first',
  '',
  'Body one',
  '>From the start of a quoted line',
  '>>From twice escaped',
  '> From not an escape',
  '',
  'From postmaster@contoso.com Fri Jan  2 10:00:00 2026',
  'Subject: second',
  '',
  'Body two',
  '',
].join('\n');

describe('splitMbox', () => {
  it('splits on postmark lines and drops the blank line the format puts before each', () => {
    const { messages, summary } = splitMbox(encode(MBOX), LIMIT);
    expect(summary).toEqual({ messages: 2, strayBytes: 0 });
    expect(messages.map((message) => message.index)).toEqual([1, 2]);
    expect(texts(messages)).toEqual([
      'Subject: first\n\nBody one\nFrom the start of a quoted line\n>From twice escaped\n> From not an escape\n',
      'Subject: second\n\nBody two\n',
    ]);
  });

  it('keeps CRLF line ends and unescapes >From lines in CRLF files', () => {
    const crlf = MBOX.replace(/\n/g, '\r\n');
    const [first, second] = texts(splitMbox(encode(crlf), LIMIT).messages);
    expect(first).toBe(
      'Subject: first\r\n\r\nBody one\r\nFrom the start of a quoted line\r\n>From twice escaped\r\n> From not an escape\r\n',
    );
    expect(second).toBe('Subject: second\r\n\r\nBody two\r\n');
  });

  it('gives the same messages whatever the chunk boundaries', () => {
    const bytes = encode(MBOX.replace(/\n/g, '\r\n'));
    const whole = texts(splitMbox(bytes, LIMIT).messages);
    for (const size of [1, 2, 3, 7, 64]) {
      const splitter = new MboxSplitter(LIMIT);
      const messages: MboxMessage[] = [];
      for (let at = 0; at < bytes.length; at += size) {
        messages.push(...splitter.push(bytes.subarray(at, at + size)));
      }
      messages.push(...splitter.end());
      expect(texts(messages), `chunks of ${size} bytes`).toEqual(whole);
    }
  });

  it('takes a "From " line without a blank line before it only when it looks like a postmark', () => {
    const text = [
      'From a@contoso.com Thu Jan  1 09:00:00 2026',
      'Body',
      'From here on the text is the body, unescaped by a careless writer',
      'From b@contoso.com Thu Jan  1 09:05:00 2026',
      'Second',
    ].join('\n');
    expect(texts(splitMbox(encode(text), LIMIT).messages)).toEqual([
      'Body\nFrom here on the text is the body, unescaped by a careless writer\n',
      'Second',
    ]);
  });

  it('counts what comes before the first postmark as stray bytes, not as a message', () => {
    const { messages, summary } = splitMbox(encode(`\n\ngarbage line\n${MBOX}`), LIMIT);
    expect(messages).toHaveLength(2);
    expect(summary.strayBytes).toBe('garbage line\n'.length);
  });

  it('finds no message in a file without a postmark', () => {
    const { messages, summary } = splitMbox(encode('Subject: hello\n\nJust an email\n'), LIMIT);
    expect(messages).toEqual([]);
    expect(summary).toEqual({ messages: 0, strayBytes: 'Subject: hello\nJust an email\n'.length });
  });

  it('reports a message over the limit with its size and still yields the next one', () => {
    const big = `From a Thu Jan  1 09:00:00 2026\n${'x'.repeat(99)}\n${'y'.repeat(99)}\n\nFrom b Thu Jan  1 09:00:00 2026\nsmall\n`;
    const { messages } = splitMbox(encode(big), 150);
    expect(messages[0]).toEqual({ index: 1, tooLarge: true, size: 200 });
    expect(texts(messages.slice(1))).toEqual(['small\n']);
  });

  it('yields an empty message for two postmarks in a row', () => {
    const text = 'From a Thu Jan  1 09:00:00 2026\nFrom b Thu Jan  1 09:00:00 2026\nbody\n';
    expect(texts(splitMbox(encode(text), LIMIT).messages)).toEqual(['', 'body\n']);
  });

  it('passes a very long line through as content, even split across chunks', () => {
    const long = `From a Thu Jan  1 09:00:00 2026\nstart ${'z'.repeat(10_000)}From b Thu Jan  1 09:00:00 2026\nend\n`;
    const bytes = encode(long);
    const splitter = new MboxSplitter(LIMIT);
    const messages: MboxMessage[] = [];
    for (let at = 0; at < bytes.length; at += 1000) {
      messages.push(...splitter.push(bytes.subarray(at, at + 1000)));
    }
    messages.push(...splitter.end());
    expect(messages).toHaveLength(1);
    expect(texts(messages)[0]).toBe(long.slice(long.indexOf('\n') + 1));
  });
});

describe('startsLikeMbox', () => {
  it('recognises a postmark on the first line', () => {
    expect(startsLikeMbox(encode(MBOX))).toBe(true);
    expect(startsLikeMbox(encode('From - Thu Jan 01 00:00:00 2026\r\nSubject: x'))).toBe(true);
  });

  it('does not take an email header or a sentence for a postmark', () => {
    expect(startsLikeMbox(encode('From: Microsoft Outlook <postmaster@contoso.com>\n'))).toBe(
      false,
    );
    expect(startsLikeMbox(encode('From the helpdesk: please read\n'))).toBe(false);
    expect(startsLikeMbox(encode(''))).toBe(false);
  });
});
