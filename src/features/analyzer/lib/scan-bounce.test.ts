import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { scanBounce } from './scan-bounce';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const scan = (...lines: string[]) => scanBounce(lines.join('\n'), catalogue);

describe('scanBounce', () => {
  it('reads an Exchange NDR: code, reply, diagnostic, recipient and both servers', () => {
    const result = scan(
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX2016.contoso.local',
      '',
      'sales@contoso.com',
      'mx.fabrikam.com',
      "Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup'",
    );
    expect(result.codes.map((code) => code.code)).toEqual(['5.7.133']);
    expect(result.replies.map((reply) => reply.value)).toEqual(['550']);
    expect(result.diagnostics.map((token) => token.value)).toEqual([
      'RESOLVER.RST.SenderNotAuthenticatedForGroup',
    ]);
    expect(result.recipients.map((hit) => hit.value)).toEqual(['sales@contoso.com']);
    expect(result.reportingServer?.value).toBe('EX2016.contoso.local');
    expect(result.remoteServer?.value).toBe('mx.fabrikam.com');
    expect(result.language).toBe('en');
    expect(result.sections).toEqual({ diagnostics: 0 });
  });

  it('skips success codes (class 2) but keeps them out of the way of failures', () => {
    const result = scan('Status: 2.0.0', 'Status: 5.1.1');
    expect(result.codes.map((code) => code.code)).toEqual(['5.1.1']);
    expect(result.codes[0]?.inStatusField).toBe(true);
  });

  it('reads the same NDR in German through the catalogue’s words', () => {
    const result = scan(
      'Unzustellbar: Quartalszahlen',
      'Diagnoseinformationen für Administratoren:',
      'Generierender Server: EX2016.contoso.local',
      '',
      'sales@contoso.com',
      '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
      'Ursprüngliche Nachrichtenkopfzeilen:',
    );
    expect(result.reportingServer?.value).toBe('EX2016.contoso.local');
    expect(result.recipients.map((hit) => hit.value)).toEqual(['sales@contoso.com']);
    expect(result.language).toBe('de');
    expect(result.sections).toEqual({ subject: 0, diagnostics: 1, originalHeaders: 6 });
  });

  it('knows no label without the catalogue’s words', () => {
    const bare = { ...catalogue, reportLanguages: [] };
    const result = scanBounce('Generating server: EX2016.contoso.local', bare);
    expect(result.reportingServer).toBeUndefined();
    expect(result.language).toBeUndefined();
  });

  it('takes the build of the server that handled the recipient, and only that one', () => {
    const result = scan(
      'Reporting-MTA: dns;EX2010.contoso.local',
      'Received: from a.fabrikam.com by EX2016.fabrikam.com with Microsoft SMTP Server id 15.1.2507.39',
      'Received: from a.fabrikam.com by EX2010.contoso.local with Microsoft SMTP Server id 14.3.389.1',
    );
    expect(result.versions.map((version) => [version.platform, version.build])).toEqual([
      ['exchange-2010', '14.3.389.1'],
    ]);
  });

  it('does not take another domain’s server for the one that handled the recipient', () => {
    const result = scan(
      'Reporting-MTA: dns;mail.contoso.com',
      'Received: from x by mail.fabrikam.com with Microsoft SMTP Server id 15.1.2507.39',
    );
    expect(result.versions).toEqual([]);
  });

  it('matches a short server name with the full name in a Received header', () => {
    const result = scan(
      'Generating server: EX01',
      'Received: from a.fabrikam.com by ex01.contoso.local with Microsoft SMTP Server id 14.3.389.1',
    );
    expect(result.versions.map((version) => version.build)).toEqual(['14.3.389.1']);
  });

  it('takes an Exchange Online server in brackets on the code’s line as the remote server', () => {
    const result = scan(
      '550 5.7.1 Service unavailable [AM0PR01MB6215.eurprd01.prod.outlook.com 2024-10-01T09:12:44]',
    );
    expect(result.remoteServer?.value).toBe('AM0PR01MB6215.eurprd01.prod.outlook.com');
  });

  it('focuses the catalogue patterns on the lines around what it found', () => {
    const filler = Array.from({ length: 50 }, () => 'nothing to see');
    const result = scan(...filler, 'Status: 5.7.1', ...filler);
    expect(result.focusLines).toEqual([48, 49, 50, 51, 52]);
  });

  it('cuts long input and says so', () => {
    const result = scanBounce('x'.repeat(7 * 1024 * 1024), catalogue);
    expect(result.truncated).toBe(true);
  });
});
