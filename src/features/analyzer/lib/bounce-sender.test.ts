import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentBundle } from '../../../content/build/content-plugin';
import { analyzeBounce } from './analyze-bounce';
import { readBounceSender } from './bounce-sender';
import { continueRoutes, resolveBounce } from './continue-plan';
import { readBounceFile } from './read-bounce-file';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const content = loadContentBundle(root);
const catalogue = content.codes;

async function analyzeFixture(name: string) {
  const bytes = readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
  const { text } = await readBounceFile(bytes, name);
  return analyzeBounce(text, catalogue);
}

async function firstWays(name: string) {
  const analysis = await analyzeFixture(name);
  return continueRoutes(content.tree, analysis, resolveBounce(analysis)).map((route) => ({
    role: route.role,
    path: route.walk.path,
  }));
}

describe('readBounceSender', () => {
  const read = (text: string, recipients: string[]) =>
    readBounceSender(text.split('\n'), recipients, catalogue);

  it('takes the bounced message’s sender, never the report’s own address or the recipient', () => {
    const text = [
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>',
      'To: <dana@fabrikam.com>',
      'From: postmaster@contoso.com',
      'To: Sales <sales@contoso.com>',
    ].join('\n');
    expect(read(text, ['sales@contoso.com'])).toEqual({
      address: 'dana@fabrikam.com',
      outside: true,
    });
  });

  it('reads a sender in the recipient’s own domain as an app or device', () => {
    expect(read('From: <Reports@Contoso.com>', ['allstaff@contoso.com'])).toEqual({
      address: 'reports@contoso.com',
      app: 'same-domain',
      outside: false,
    });
  });

  it('reads a device’s subject or address as an app’s, from another domain too', () => {
    expect(read('Subject: Undeliverable: Scanned from MFP-3F', ['a@contoso.com'])).toEqual({
      app: 'device-words',
      outside: false,
    });
    expect(read('From: scanner.3f@partner.example', ['a@contoso.com'])).toEqual({
      address: 'scanner.3f@partner.example',
      app: 'device-words',
      outside: true,
    });
    // A word inside another word is no device: "scandinavia" is not "scan".
    expect(read('From: scandinavia@partner.example', ['a@contoso.com'])).toEqual({
      address: 'scandinavia@partner.example',
      outside: true,
    });
  });

  it('is nothing for a one-line paste', () => {
    expect(read('550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup', [])).toBeUndefined();
  });
});

describe('which way comes first', () => {
  it('a scanner’s Exchange 2010 bounce leads to the app path first, then the admin, no sender', async () => {
    expect(await firstWays('auth-required--scanner-exchange-2010.txt')).toEqual([
      { role: 'app', path: '/app/exchange-2010' },
      { role: 'admin', path: '/admin' },
    ]);
  });

  it('a scanner’s Exchange Online 5.7.133 leads to the app path for Exchange Online', async () => {
    const ways = await firstWays('exo-5-7-133-group--scanner-dsn.eml');
    expect(ways.map((way) => way.role)).toEqual(['app', 'admin']);
    expect(ways[0]?.path).toBe('/app/exchange-online');
  });

  it('an SMTP AUTH log line and the app codes lead only to the app path', async () => {
    // The log names Exchange Online's server (in brackets after the reply): its sign-in errors.
    expect(await firstWays('app-5-7-3-auth-unsuccessful--smtp-auth-log-5-7-139.txt')).toEqual([
      { role: 'app', path: '/app/exchange-online/sign-in-error' },
    ]);
    for (const line of [
      '535 5.7.139 Authentication unsuccessful',
      '530 5.7.57 Client not authenticated to send mail.',
      '550 5.7.30 Basic authentication is not supported for Client Submission.',
      '535 5.7.3 Authentication unsuccessful',
    ]) {
      const analysis = analyzeBounce(line, catalogue);
      const roles = continueRoutes(content.tree, analysis, resolveBounce(analysis)).map(
        (route) => route.role,
      );
      expect(roles, line).toEqual(['app']);
    }
  });

  it('a bounce that went back to an outside sender leads to the sender first', async () => {
    expect((await firstWays('exo-5-7-133-group--dsn.eml')).map((way) => way.role)).toEqual([
      'sender',
      'admin',
    ]);
  });

  it('a bare code, whose sender nobody knows, keeps the admin first', () => {
    const analysis = analyzeBounce('550 5.7.133', catalogue);
    expect(
      continueRoutes(content.tree, analysis, resolveBounce(analysis)).map((route) => route.role),
    ).toEqual(['admin', 'sender']);
  });
});
