import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { exchangePlatforms } from './exchange-platforms';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const platforms = exchangePlatforms(catalogue);

describe('exchangePlatforms (from content/codes.yaml)', () => {
  it.each([
    [8, 3, 'exchange-2007', 'Exchange Server 2007'],
    [14, 3, 'exchange-2010', 'Exchange Server 2010'],
    [15, 0, 'exchange-server', 'Exchange Server 2013'],
    [15, 1, 'exchange-server', 'Exchange Server 2016'],
    [15, 2, 'exchange-server', 'Exchange Server 2019 or Subscription Edition'],
    [15, 20, 'exchange-online', 'Exchange Online'],
    [15, 99, 'exchange-online', 'Exchange Online'],
  ])('maps build %i.%i to %s', (major, minor, platform, label) => {
    expect(platforms.forBuild(major, minor)).toEqual({ platform, label });
  });

  it.each([
    [15, 3],
    [6, 5],
  ])('knows no platform for build %i.%i', (major, minor) => {
    expect(platforms.forBuild(major, minor)).toBeUndefined();
  });

  it.each([
    ['AM0PR01MB6215.eurprd01.prod.outlook.com', 'exchange-online'],
    ['contoso-com.mail.protection.outlook.com', 'exchange-online'],
    ['BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM', 'exchange-online'],
    ['mail.contoso.com', undefined],
    ['notoutlook.com', undefined],
  ])('tells the platform of %s', (host, platform) => {
    expect(platforms.forHost(host)?.slug).toBe(platform);
  });

  it('reads product names', () => {
    const found = platforms.namePattern?.exec('Sent by Microsoft Exchange Server 2010');
    expect(found && platforms.forName(found[0])).toEqual({
      platform: 'exchange-2010',
      label: 'Exchange Server 2010',
    });
  });

  it('lists the on-premises platforms in the catalogue’s order', () => {
    expect(platforms.onPremises).toEqual(['exchange-server', 'exchange-2010', 'exchange-2007']);
  });

  it('knows nothing without the catalogue’s platforms', () => {
    const none = exchangePlatforms({ ...catalogue, platforms: undefined });
    expect(none.forBuild(14, 3)).toBeUndefined();
    expect(none.onPremises).toEqual([]);
  });
});
