import { projectContentBundle } from '../../../content/build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { adminFixLinksFor } from './admin-links';
import { analyzeBounce } from './analyze-bounce';

const content = projectContentBundle();
const linksFor = (text: string) =>
  adminFixLinksFor(content.tree, analyzeBounce(text, content.codes), '/admin');
const paths = (text: string) => linksFor(text).map((link) => link.path);

describe('adminFixLinksFor (the real tree and catalogue)', () => {
  it('5.7.133: one link per kind of group, each on Exchange Online', () => {
    expect(linksFor('550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup')).toEqual([
      { label: 'Distribution group', path: '/admin/distribution-group/exchange-online' },
      { label: 'Mail-enabled security group', path: '/admin/security-group/exchange-online' },
      {
        label: 'Dynamic distribution group',
        path: '/admin/dynamic-distribution-group/exchange-online',
      },
    ]);
    expect(paths('5.7.133')).toHaveLength(3);
  });

  it('5.7.134: a user or a shared mailbox on Exchange Online', () => {
    expect(paths('5.7.134')).toEqual([
      '/admin/user-mailbox/exchange-online',
      '/admin/shared-mailbox/exchange-online',
    ]);
  });

  it('5.7.135 (and 5.7.13): the public folder on Exchange Online', () => {
    expect(linksFor('5.7.135')).toEqual([{ path: '/admin/public-folder/exchange-online' }]);
    expect(paths('5.7.13')).toEqual(['/admin/public-folder/exchange-online']);
  });

  it('5.7.136: the mail user on Exchange Online', () => {
    expect(linksFor('550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser')).toEqual([
      { path: '/admin/mail-user/exchange-online' },
    ]);
  });

  it('5.7.193: the Microsoft 365 group on Exchange Online', () => {
    expect(paths('5.7.193')).toEqual(['/admin/microsoft-365-group/exchange-online']);
  });

  it('the Exchange Online public folder form of AuthRequired goes to the public folder', () => {
    expect(
      paths('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'),
    ).toEqual(['/admin/public-folder/exchange-online']);
  });

  it('on-premises AuthRequired and state 14 settle no recipient: the recipient question', () => {
    // The recipient comes first on the admin path, and the code doesn't name it.
    expect(paths('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required')).toEqual([
      '/admin',
    ]);
    expect(paths('550 5.1.1 User unknown (state 14)')).toEqual(['/admin']);
  });

  it('an on-premises bounce that names its Exchange version still starts at the recipient', () => {
    const text = [
      'Generating server: EX2010.contoso.local',
      '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
    ].join('\n');
    expect(paths(text)).toEqual(['/admin']);
  });

  it('5.7.12 narrows only the platform (every kind of recipient): the recipient question', () => {
    expect(paths('5.7.12')).toEqual(['/admin']);
  });

  it('no code, a bare 5.7.1 or an app-side code: the admin path’s start', () => {
    expect(paths('')).toEqual(['/admin']);
    expect(paths('5.7.1')).toEqual(['/admin']);
    expect(paths('530 5.7.57 Client not authenticated to send mail.')).toEqual(['/admin']);
  });
});
