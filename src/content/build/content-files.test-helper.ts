/** Small content files for build tests: a fix page around a body, and a one-entry catalogue. */

/** A fix page with valid front matter, applying to `appliesTo` (YAML flow text). */
export function fixPage(appliesTo: string, body = '## Steps\n\n1. Do it.\n'): string {
  return `---
title: A fix
summary: Fixes it.
appliesTo: ${appliesTo}
codes: ["5.7.1"]
sources:
  - title: A source
    url: https://learn.microsoft.com/example
reviewed: 2026-11-26
---
${body}`;
}

/** A valid bounce-code catalogue with one entry. */
export const CODES = `
version: 1
entries:
  - id: auth-required
    title: Authentication required
    kind: in-family
    codes: ['5.7.1']
    patterns: ['RESOLVER\\.RST\\.AuthRequired']
    explanation: { what: Refused., whoCanFix: The admin. }
    sources: ['https://learn.microsoft.com/example']
`;
