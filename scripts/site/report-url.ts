/**
 * Where "Report a problem" links go: the REPORT_URL build setting, a new-issue address that takes
 * `title` and `body` query parameters (GitHub's does). package.json names no repository, so the
 * default is a placeholder on example.com that the build warns about (see the README).
 */
export const DEFAULT_REPORT_URL = 'https://example.com/bounce-fix-wizard/issues/new';

export function reportBaseUrl(env: Readonly<Record<string, string | undefined>>): {
  url: string;
  isDefault: boolean;
} {
  const configured = env.REPORT_URL?.trim();
  if (!configured) return { url: DEFAULT_REPORT_URL, isDefault: true };
  const parsed = URL.canParse(configured) ? new URL(configured) : undefined;
  if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') {
    throw new Error(`REPORT_URL must be an http(s) address, not "${configured}"`);
  }
  return { url: parsed.href, isDefault: false };
}
