import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_URL, reportBaseUrl } from './report-url.ts';

describe('reportBaseUrl', () => {
  it('uses REPORT_URL when set, and says it is not the default', () => {
    expect(reportBaseUrl({ REPORT_URL: 'https://github.com/o/r/issues/new' })).toEqual({
      url: 'https://github.com/o/r/issues/new',
      isDefault: false,
    });
  });
  it('falls back to the documented placeholder', () => {
    expect(reportBaseUrl({})).toEqual({ url: DEFAULT_REPORT_URL, isDefault: true });
    expect(reportBaseUrl({ REPORT_URL: '  ' }).isDefault).toBe(true);
  });
  it('refuses what is not an http(s) address', () => {
    expect(() => reportBaseUrl({ REPORT_URL: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => reportBaseUrl({ REPORT_URL: 'not a url' })).toThrow(/http/);
  });
});
