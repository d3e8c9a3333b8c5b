import { describe, expect, it } from 'vitest';
import {
  adminMessageText,
  buildAdminMessage,
  mailtoHref,
  parseStatusCodes,
  postmasterFor,
  singleLine,
} from './admin-message';

const fixUrl = 'https://wizard.example/help/admin/distribution-group/exchange-online';
const links = [{ url: fixUrl }];

describe('buildAdminMessage', () => {
  it('names the code, the recipient, what to change and the link to the fix', () => {
    const { subject, body } = buildAdminMessage({
      codes: ['5.7.133'],
      recipient: 'sales@contoso.com',
      links,
    });
    expect(subject).toBe('Please let my email through to sales@contoso.com (bounce 5.7.133)');
    expect(body).toContain(
      'My email to sales@contoso.com was refused with the bounce code 5.7.133.',
    );
    expect(body).toContain(
      'turn off "require that all senders are authenticated" for sales@contoso.com, or add me to its allowed senders',
    );
    expect(body).toContain('I have attached the bounce');
    expect(body.split('\n')).toContain(fixUrl);
  });

  it('says who sent it and when, and asks to allow that address', () => {
    const { body } = buildAdminMessage({
      codes: ['5.7.133'],
      recipient: 'sales@contoso.com',
      sender: 'dana@fabrikam.com',
      sentAt: 'today at 10:40',
      links,
    });
    expect(body).toContain(
      'My email to sales@contoso.com, sent today at 10:40 from dana@fabrikam.com, was refused with the bounce code 5.7.133.',
    );
    expect(body).toContain('or add my address, dana@fabrikam.com, to its allowed senders?');
    expect(body.trimEnd().endsWith('Thank you.\ndana@fabrikam.com')).toBe(true);
  });

  it('asks for the change the kind of refusal needs', () => {
    const base = { codes: [], recipient: 'team@contoso.com', sender: 'dana@fabrikam.com', links };
    const listed = buildAdminMessage({ ...base, refusal: 'not-allowed' }).body;
    expect(listed).toContain('only from the senders on its list of allowed senders');
    expect(listed).toContain(
      'Could you add my address, dana@fabrikam.com, to the allowed senders of team@contoso.com',
    );
    expect(listed).not.toContain('require that all senders');
    const group = buildAdminMessage({ ...base, refusal: 'group-external-senders' }).body;
    expect(group).toContain(
      'select "Allow external senders to email this group" for team@contoso.com',
    );
    const usual = buildAdminMessage({ ...base, refusal: 'authentication-required' }).body;
    expect(usual).toContain('turn off "require that all senders are authenticated"');
  });

  it('lists one link per kind of recipient when the bounce leaves a few open', () => {
    const { body } = buildAdminMessage({
      codes: ['5.7.133'],
      recipient: '',
      links: [
        {
          label: 'Distribution group',
          url: 'https://w.example/admin/distribution-group/exchange-online',
        },
        {
          label: 'Dynamic distribution group',
          url: 'https://w.example/admin/dynamic-distribution-group/exchange-online',
        },
      ],
    });
    expect(body).toContain('by the kind of recipient:');
    expect(body.split('\n')).toContain(
      '- Distribution group: https://w.example/admin/distribution-group/exchange-online',
    );
  });

  it('reads well when the recipient and the code are unknown', () => {
    const { subject, body } = buildAdminMessage({ codes: [], recipient: '  ', links });
    expect(subject).toBe('Please let my email through');
    expect(body).toContain('My email was refused (bounced).');
    expect(body).toContain('for this recipient, or add me');
  });

  it('lists several codes', () => {
    const { subject } = buildAdminMessage({ codes: ['5.7.1', '5.1.1'], recipient: '', links });
    expect(subject).toBe('Please let my email through (bounce 5.7.1, 5.1.1)');
  });

  it('keeps typed line breaks out of the subject and the sentences', () => {
    const { subject, body } = buildAdminMessage({
      codes: [],
      recipient: 'a@b.example\r\nBcc: evil@example.com',
      sender: 'me@x.example\nBcc: evil@example.com',
      sentAt: 'today\r\nCc: evil@example.com',
      links,
    });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('Please let my email through to a@b.example Bcc: evil@example.com');
    expect(body).toContain(
      'sent today Cc: evil@example.com from me@x.example Bcc: evil@example.com,',
    );
  });
});

describe('mailtoHref', () => {
  it('encodes every part, so typed text cannot add headers or parameters', () => {
    const message = buildAdminMessage({
      codes: ['5.7.136'],
      recipient: 'x@y.example&cc=attacker@example.com?body=hi#frag',
      links,
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

  it('puts a checked postmaster address in the To field', () => {
    const href = mailtoHref({ subject: 'S', body: 'B' }, 'postmaster@contoso.com');
    expect(href).toBe('mailto:postmaster@contoso.com?subject=S&body=B');
  });
});

describe('postmasterFor', () => {
  it('is postmaster at the recipient’s domain', () => {
    expect(postmasterFor(' Sales@Contoso.COM ')).toBe('postmaster@contoso.com');
    expect(postmasterFor('a.b@mail.fabrikam.co.uk')).toBe('postmaster@mail.fabrikam.co.uk');
  });

  it('is nothing for text that is no address, or whose domain could carry more', () => {
    for (const text of [
      '',
      'sales',
      'sales@',
      'sales@contoso',
      'a@b.example?cc=x@y.z',
      'a@-x.com',
      'a b@c.com',
      'a@b.com&body=x',
    ]) {
      expect(postmasterFor(text)).toBeUndefined();
    }
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
