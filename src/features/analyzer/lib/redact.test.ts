import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact';

describe('createRedactor', () => {
  it('replaces the local part of an address with a number and keeps the domain', () => {
    const redact = createRedactor();
    expect(redact.address('alex.wilber@contoso.com')).toBe('<redacted 1>@contoso.com');
    expect(redact.address('sales@contoso.com')).toBe('<redacted 2>@contoso.com');
    // The same address, in any case, keeps its number.
    expect(redact.address('Alex.Wilber@Contoso.com')).toBe('<redacted 1>@Contoso.com');
    expect(redact.address('no-at-sign')).toBe('<redacted 3>');
  });

  it('replaces a server’s own name and keeps the organization’s domain', () => {
    const redact = createRedactor();
    expect(redact.host('mail.contoso.com')).toBe('<host 1>.contoso.com');
    expect(redact.host('AM0PR01MB6215.eurprd01.prod.outlook.com')).toBe('<host 2>.outlook.com');
    expect(redact.host('EX2010.contoso.local')).toBe('<host 3>.contoso.local');
    expect(redact.host('smtp.fabrikam.co.uk')).toBe('<host 4>.fabrikam.co.uk');
    expect(redact.host('MAIL.contoso.com')).toBe('<host 1>.contoso.com');
    expect(redact.host('EXCH01')).toBe('<host 5>');
    expect(redact.host('contoso.com')).toBe('contoso.com');
    expect(redact.host('[192.0.2.10]')).toBe('<ip 1>');
    expect(redact.host('2001:db8::1')).toBe('<ip 2>');
  });

  it('numbers each export afresh, so two exports cannot be linked by their numbers', () => {
    expect(createRedactor().address('b@contoso.com')).toBe('<redacted 1>@contoso.com');
    const other = createRedactor();
    other.address('a@contoso.com');
    expect(other.address('b@contoso.com')).toBe('<redacted 2>@contoso.com');
  });
});
