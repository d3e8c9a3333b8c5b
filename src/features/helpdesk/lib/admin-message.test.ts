import { describe, expect, it } from 'vitest';
import {
  adminMessageText,
  buildAdminMessage,
  mailtoHref,
  parseStatusCodes,
  singleLine,
} from './admin-message';

const fixUrl = 'https://wizard.example/help/admin/distribution-group/exchange-online';

describe('buildAdminMessage', () => {
  it('names the code, the recipient, what to change and the link to the fix', () => {
    const { subject, body } = buildAdminMessage({
      codes: ['5.7.133'],
      recipient: 'sales@contoso.com',
      fixUrl,
    });
    expect(subject).toBe('Please let my email through to sales@contoso.com (bounce 5.7.133)');
    expect(body).toContain(
      'My email to sales@contoso.com was refused with the bounce code 5.7.133.',
    );
    expect(body).toContain(
      'turn off "require that all senders are authenticated" for sales@contoso.com, or add me to its allowed senders',
    );
    expect(body.split('\n')).toContain(fixUrl);
  });

  it('reads well when the recipient and the code are unknown', () => {
    const { subject, body } = buildAdminMessage({ codes: [], recipient: '  ', fixUrl });
    expect(subject).toBe('Please let my email through');
    expect(body).toContain('My email was refused (bounced).');
    expect(body).toContain('for this recipient, or add me');
  });

  it('lists several codes', () => {
    const { subject } = buildAdminMessage({ codes: ['5.7.1', '5.1.1'], recipient: '', fixUrl });
    expect(subject).toBe('Please let my email through (bounce 5.7.1, 5.1.1)');
  });

  it('keeps typed line breaks out of the subject', () => {
    const { subject } = buildAdminMessage({
      codes: [],
      recipient: 'a@b.example\r\nBcc: evil@example.com',
      fixUrl,
    });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('Please let my email through to a@b.example Bcc: evil@example.com');
  });
});

describe('mailtoHref', () => {
  it('encodes every part, so typed text cannot add headers or parameters', () => {
    const message = buildAdminMessage({
      codes: ['5.7.136'],
      recipient: 'x@y.example&cc=attacker@example.com?body=hi#frag',
      fixUrl,
    });
    const href = mailtoHref(message);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const query = new URLSearchParams(href.slice('mailto:?'.length));
    expect([...query.keys()]).toEqual(['subject', 'body']);
    expect(query.get('subject')).toBe(message.subject);
    expect(query.get('body')).toBe(message.body.replace(/\n/g, '\r\n'));
    expect(href).not.toMatch(/[\s<>"]/);
  });

  it('uses CRLF line breaks in the body', () => {
    const href = mailtoHref({ subject: 'S', body: 'one\ntwo' });
    expect(href).toBe('mailto:?subject=S&body=one%0D%0Atwo');
  });
});

describe('adminMessageText', () => {
  it('puts the subject above the body, for a ticket', () => {
    expect(adminMessageText({ subject: 'S', body: 'B' })).toBe('Subject: S\n\nB');
  });
});

describe('parseStatusCodes', () => {
  it.each([
    ['5.7.133', ['5.7.133']],
    ['550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup', ['5.7.133']],
    ['550-5.7.1 and 5.1.1, then 5.7.1 again', ['5.7.1', '5.1.1']],
    ['#550 5.7.12 Sender was not authenticated.', ['5.7.12']],
    ['version 15.7.1 or 5.7.1234', []],
    ['no code here', []],
  ])('finds the codes in %j', (text, codes) => {
    expect(parseStatusCodes(text)).toEqual(codes);
  });
});

describe('singleLine', () => {
  it('turns control characters and runs of white space into single spaces', () => {
    expect(singleLine(' a\u0000b\t\u2028c\n ')).toBe('a b c');
  });

  it('limits the length', () => {
    expect(singleLine('x'.repeat(1000))).toHaveLength(320);
  });
});
