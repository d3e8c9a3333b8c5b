import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BounceFileError,
  MAX_FILE_BYTES,
  looksBinary,
  readBounceFile,
  readEml,
  readTextFile,
} from './read-bounce-file';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof BounceFileError
      ? error.problem
      : `not a BounceFileError: ${String(error)}`;
  }
  return 'no error';
}

describe('readEml', () => {
  it('reads the delivery-status part of a multipart/report and joins its folded fields', async () => {
    const { text, parts } = await readEml(fixture('exo-5-7-133-group--dsn.eml'));
    expect(parts).toContain('message/delivery-status');
    expect(text).toContain('Final-Recipient: rfc822;sales@contoso.com');
    expect(text).toContain(
      'Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
    );
  });

  it('decodes a quoted-printable body', async () => {
    const { text } = await readEml(fixture('exo-5-7-133-group--dsn.eml'));
    expect(text).toContain(
      "Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup;",
    );
    expect(text).not.toContain('=\n');
  });

  it('decodes a base64 body', async () => {
    const raw = fixture('state-14-user-unknown--dsn.eml').toString('latin1');
    expect(raw).toContain('Content-Transfer-Encoding: base64');
    const { text } = await readEml(fixture('state-14-user-unknown--dsn.eml'));
    expect(text).toContain('550 550 5.1.1 <accounts@contoso.com>... User unknown (state 14).');
  });

  it('decodes a base64 delivery-status part', async () => {
    const { text } = await readEml(fixture('exo-5-7-134-mailbox--dsn.eml'));
    expect(text).toContain('Status: 5.7.134');
  });

  it('decodes RFC 2047 subjects in UTF-8 and ISO-8859-1', async () => {
    expect((await readEml(fixture('not-authorized--dsn-exchange-online.eml'))).subject).toBe(
      'Non remis : Réunion du conseil',
    );
    const latin = await readEml(fixture('exo-5-7-12-organization-only--dsn.eml'));
    expect(latin.subject).toBe('Unzustellbar: Quartalsübersicht');
    expect(latin.text.split('\n')[0]).toBe('Subject: Unzustellbar: Quartalsübersicht');
  });

  it('keeps only the headers of an attached original message', async () => {
    const { text, parts } = await readEml(fixture('auth-required--dsn-exchange-2016.eml'));
    expect(parts).toContain('message/rfc822 (headers)');
    expect(text).toContain(
      'Received: from mail.fabrikam.com (203.0.113.25) by EX2016-01.contoso.local',
    );
    expect(text).not.toContain('please see the figures attached');
  });

  it('turns an HTML-only body into text without running or keeping markup', async () => {
    const eml = [
      'From: postmaster@contoso.com',
      'Subject: Undeliverable: test',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset="utf-8"',
      '',
      '<html><head><script>alert(1)</script></head><body><p>Delivery has failed.</p>',
      '<p>Remote Server returned &#39;550 5.7.136 Sender was not authenticated&#39;</p></body></html>',
    ].join('\r\n');
    const { text, parts } = await readEml(bytes(eml));
    expect(parts).toEqual(['text/html']);
    expect(text).toContain("Remote Server returned '550 5.7.136 Sender was not authenticated'");
    expect(text).not.toMatch(/<|alert/);
  });

  it('refuses an empty file', async () => {
    expect(await problemOf(readEml(new Uint8Array(0)))).toBe('empty');
  });

  it('refuses a binary file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await problemOf(readEml(png))).toBe('binary');
  });

  it('refuses a file larger than the limit', async () => {
    expect(await problemOf(readEml(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41)))).toBe(
      'too-large',
    );
  });

  it('reads an ArrayBuffer as well as a Uint8Array', async () => {
    const buffer = fixture('exo-5-7-136-mail-user--dsn.eml');
    const arrayBuffer = buffer.buffer.slice(
      buffer.byteOffset,
      buffer.byteOffset + buffer.byteLength,
    );
    expect((await readEml(arrayBuffer)).text).toContain('Status: 5.7.136');
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 text', () => {
    expect(readTextFile(bytes('550 5.7.133 café')).text).toBe('550 5.7.133 café');
  });

  it('reads UTF-16 text saved with a byte order mark', () => {
    const text = '550 5.7.134 mailbox';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(readTextFile(utf16).text).toBe(text);
  });

  it('refuses text full of control bytes', () => {
    const noisy = bytes('abc\u0001\u0002\u0003\u0004\u0005def\u0006\u0007\u0008');
    expect(() => readTextFile(noisy)).toThrow(BounceFileError);
  });
});

describe('looksBinary', () => {
  it('accepts ordinary text with tabs and line ends', () => {
    expect(looksBinary(bytes('Status:\t5.7.1\r\nAction: failed\n'))).toBe(false);
  });

  it('flags a NUL byte', () => {
    expect(looksBinary(bytes('text\u0000more'))).toBe(true);
  });
});

describe('readBounceFile', () => {
  it('reads .eml files as email and anything else as text', async () => {
    expect((await readBounceFile(fixture('mailbox-full--dsn.eml'), 'bounce.EML')).parts).toContain(
      'message/delivery-status',
    );
    expect(
      (await readBounceFile(fixture('mailbox-full--outlook.txt'), 'bounce.txt')).parts,
    ).toEqual(['text/plain']);
  });

  it('rejects a binary .txt with a BounceFileError', async () => {
    expect(await problemOf(readBounceFile(new Uint8Array([0, 1, 2, 3]), 'scan.txt'))).toBe(
      'binary',
    );
  });
});
