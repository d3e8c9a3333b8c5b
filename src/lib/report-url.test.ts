import { describe, expect, it } from 'vitest';
import { reportProblemUrl } from './report-url';

const base = 'https://github.com/example/wizard/issues/new';

describe('reportProblemUrl', () => {
  it('carries the page title and address as title and body', () => {
    const url = new URL(
      reportProblemUrl(base, 'Allow everyone', 'https://wizard.example/admin/x#step-2'),
    );
    expect(url.origin + url.pathname).toBe(base);
    expect(url.searchParams.get('title')).toBe('Problem with: Allow everyone');
    expect(url.searchParams.get('body')).toContain('Page: https://wizard.example/admin/x#step-2');
  });

  it('encodes hostile titles: no parameter, fragment or markup gets through', () => {
    const hostile = `x&body=evil#frag "<script>alert(1)</script>" ?title=2 % +`;
    const href = reportProblemUrl(base, hostile, '/admin?a=1&b=2');
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('title')).toBe(`Problem with: ${hostile}`);
    expect(url.searchParams.get('body')).toContain('Page: /admin?a=1&b=2');
    expect(url.hash).toBe('');
    expect(href).not.toMatch(/[<>"\s#]/);
  });

  it('keeps parameters the report address already has', () => {
    const url = new URL(reportProblemUrl(`${base}?labels=content`, 'T', '/'));
    expect(url.searchParams.get('labels')).toBe('content');
    expect(url.searchParams.get('title')).toBe('Problem with: T');
  });
});
