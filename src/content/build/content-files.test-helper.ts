/**
 * Small content files for build tests: a fix page around a body, a one-entry catalogue and the
 * list of Microsoft's codes it covers.
 */

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
    fixedBy: [recipient-admin]
    nextSteps: [Ask the admin., Send again.]
    examples: ['550 5.7.1 RESOLVER.RST.AuthRequired; authentication required']
    sources: ['https://learn.microsoft.com/example']
`;

/** A tiny list of Microsoft's codes, which the catalogue above covers. */
export const MICROSOFT_CODES = `
version: 1
sources:
  table:
    title: A table
    url: https://learn.microsoft.com/table
    repository: MicrosoftDocs/example
    path: table.md
    commit: 0123456789abcdef0123456789abcdef01234567
    articleDate: 2024-03-08
codes:
  - { code: '5.7.1', text: 'Delivery not authorized', source: table }
`;
