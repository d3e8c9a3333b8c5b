import { describe, expect, it } from 'vitest';
import { buildContent } from './build-content.ts';
import { formatProblem } from './content-problem.ts';
import { CODES, MICROSOFT_CODES, fixPage } from './content-files.test-helper.ts';

/** A tiny valid tree: role → (sender: fix) | (admin → platform → fix). */
const TREE = `
start: role
questions:
  role:
    key: role
    title: Who are you?
    shortTitle: You are
    options:
      - slug: sender
        label: Sender
        explanation: Got a bounce.
      - slug: admin
        label: Admin
        explanation: Runs Exchange.
        next: platform
  platform:
    key: platform
    title: Which Exchange?
    shortTitle: Exchange
    options:
      - slug: exchange-online
        label: Exchange Online
        explanation: Cloud.
`;

const fix = fixPage;

const VALID = {
  'content/tree.yaml': TREE,
  'content/codes.yaml': CODES,
  'content/microsoft-ndr-codes.yaml': MICROSOFT_CODES,
  'content/fixes/sender-fix.md': fix('{ role: sender }'),
  'content/fixes/admin/online-fix.md': fix('{ role: admin, platform: exchange-online }'),
};

function problemsOf(files: Record<string, string>): string[] {
  return buildContent(files).problems.map(formatProblem);
}

describe('buildContent', () => {
  it('accepts a valid tree and compiles its fix pages', () => {
    const result = buildContent(VALID);
    expect(result.problems).toEqual([]);
    expect(result.bundle?.fixes.map((f) => f.id)).toEqual(['online-fix', 'sender-fix']);
    expect(result.bundle?.bodies['sender-fix']?.sections[0]?.steps?.[0]?.anchor).toBe('step-1');
  });

  it('counts the numbered steps of each fix page in its summary', () => {
    const body =
      '## Steps\n\n1. One.\n2. Two.\n\nThen:\n\n3. Three.\n\n## Undo\n\n1. Not a step.\n';
    const result = buildContent({
      ...VALID,
      'content/fixes/sender-fix.md': fix('{ role: sender }', body),
    });
    expect(result.bundle?.fixes.find((f) => f.id === 'sender-fix')?.stepCount).toBe(3);
    expect(result.bundle?.fixes.find((f) => f.id === 'online-fix')?.stepCount).toBe(1);
  });

  it('rejects a broken bounce-code catalogue, naming the field', () => {
    const codes = CODES.replace(/patterns: .*/, "patterns: ['(unclosed']");
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toEqual([
      expect.stringMatching(/^content\/codes\.yaml: entries\[0\]\.patterns\[0\]: /),
    ]);
  });

  it('rejects a catalogue method answer that no method question in the tree has', () => {
    const codes = CODES.replace(
      'kind: in-family',
      'kind: in-family\n    method: authentication-required',
    );
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: entries[0].method: no method question in the tree has the answer "authentication-required"",
      ]
    `);
  });

  it('reports a catalogue pattern that can backtrack slowly, with its file and field', () => {
    const codes = CODES.replace(
      "patterns: ['RESOLVER\\.RST\\.AuthRequired']",
      "patterns: ['x(a|ab)+c']",
    );
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: entries[0].patterns[0]: alternatives that can start alike under a repeat (like (a|ab)+) can take exponential time; rewrite it",
      ]
    `);
  });

  it('accepts platform facts for the platforms of the tree', () => {
    const codes = `${CODES}platforms:\n  otherHostsLabel: Own servers\n  list:\n    - { slug: exchange-online, hosting: online }\n`;
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toEqual([]);
  });

  it('rejects platform facts for a platform the tree lacks, and a tree platform without facts', () => {
    const codes = `${CODES}platforms:\n  otherHostsLabel: Own servers\n  list:\n    - { slug: exchange-2003, hosting: on-premises }\n`;
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: platforms.list[0].slug: no platform question in the tree has the answer "exchange-2003"",
        "content/codes.yaml: platforms.list: the tree's platform "exchange-online" has no facts here",
      ]
    `);
  });

  it('rejects a catalogue entry without a source', () => {
    const codes = CODES.replace("sources: ['https://learn.microsoft.com/example']", 'sources: []');
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: entries[0].sources: needs at least one source: the page its facts come from",
      ]
    `);
  });

  it('rejects a catalogue entry that says neither who can fix it nor what to do next', () => {
    const codes = CODES.replace(/ {4}fixedBy: .*\n {4}nextSteps: .*\n/, '');
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: entries[0].fixedBy (auth-required): say who can fix it",
        "content/codes.yaml: entries[0].nextSteps (auth-required): say what to do next (two to four lines)",
      ]
    `);
  });

  it('rejects a catalogue entry without an example line, unless it matches only a wildcard', () => {
    const codes = CODES.replace(/ {4}examples: .*\n/, '');
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: entries[0].examples (auth-required): give at least one line of a real bounce this entry is about",
      ]
    `);
    const wildcardOnly = codes
      .replace("codes: ['5.7.1']", "codes: ['5.7.x']")
      .replace(/ {4}patterns: .*\n/, '');
    // No examples needed for a wildcard; it doesn't cover Microsoft's code either.
    expect(problemsOf({ ...VALID, 'content/codes.yaml': wildcardOnly })).toMatchInlineSnapshot(`
      [
        "content/microsoft-ndr-codes.yaml: codes[0]: Microsoft documents code 5.7.1 ("Delivery not authorized"), but no entry in content/codes.yaml lists it",
      ]
    `);
  });

  it('rejects an entry for a code Microsoft documents that cites no Microsoft page', () => {
    const codes = CODES.replace('https://learn.microsoft.com/example', 'https://example.org/ndr');
    expect(problemsOf({ ...VALID, 'content/codes.yaml': codes })).toMatchInlineSnapshot(`
      [
        "content/codes.yaml: entries[0].sources (auth-required): Microsoft documents this code: cite its Microsoft article (learn.microsoft.com or support.microsoft.com)",
      ]
    `);
  });

  it("rejects a code or range of Microsoft's list that no catalogue entry lists", () => {
    const list = `${MICROSOFT_CODES}  - { code: '5.7.509', text: 'does not pass DMARC', source: table }
  - { code: '5.7.606-649', source: table }
  - { code: '5.7.509', text: 'another wording', source: table }
  - { text: 'a row without a code', source: table }
`;
    expect(problemsOf({ ...VALID, 'content/microsoft-ndr-codes.yaml': list }))
      .toMatchInlineSnapshot(`
      [
        "content/microsoft-ndr-codes.yaml: codes[1]: Microsoft documents code 5.7.509 ("does not pass DMARC"), but no entry in content/codes.yaml lists it",
        "content/microsoft-ndr-codes.yaml: codes[2]: Microsoft documents range 5.7.606-649, but no entry in content/codes.yaml lists it",
      ]
    `);
  });

  it("accepts a listed code held by an entry's range, but not by a wildcard", () => {
    const list = `${MICROSOFT_CODES}  - { code: '5.7.620', source: table }\n`;
    const ranged = CODES.replace("codes: ['5.7.1']", "codes: ['5.7.1', '5.7.606-649']");
    expect(
      problemsOf({
        ...VALID,
        'content/codes.yaml': ranged,
        'content/microsoft-ndr-codes.yaml': list,
      }),
    ).toEqual([]);
    const wildcard = CODES.replace("codes: ['5.7.1']", "codes: ['5.7.1', '5.7.x']");
    expect(
      problemsOf({
        ...VALID,
        'content/codes.yaml': wildcard,
        'content/microsoft-ndr-codes.yaml': list,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/microsoft-ndr-codes.yaml: codes[1]: Microsoft documents code 5.7.620, but no entry in content/codes.yaml lists it",
      ]
    `);
  });

  it("requires the list of Microsoft's codes and checks its shape", () => {
    const { 'content/microsoft-ndr-codes.yaml': _list, ...withoutList } = VALID;
    expect(problemsOf(withoutList)).toMatchInlineSnapshot(`
      [
        "content/microsoft-ndr-codes.yaml: is missing: the list of Microsoft's NDR codes the catalogue must cover",
      ]
    `);
    const badCommit = MICROSOFT_CODES.replace(/commit: \w+/, 'commit: 346b095').replace(
      'source: table',
      'source: tabel',
    );
    expect(problemsOf({ ...VALID, 'content/microsoft-ndr-codes.yaml': badCommit }))
      .toMatchInlineSnapshot(`
        [
          "content/microsoft-ndr-codes.yaml: sources.table.commit: expected a full commit id (40 hex digits)",
          "content/microsoft-ndr-codes.yaml: codes[0].source: no source "tabel" under sources",
        ]
      `);
  });

  it('reports a file that is not valid YAML', () => {
    expect(problemsOf({ ...VALID, 'content/tree.yaml': 'start: [' })[0]).toMatch(
      /^content\/tree\.yaml: is not valid YAML: /,
    );
  });

  it('reports a schema problem with its file and field', () => {
    const tree = TREE.replace('shortTitle: Exchange', 'shortTitle: ""');
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toMatchInlineSnapshot(`
      [
        "content/tree.yaml: questions.platform.shortTitle: Too small: expected string to have >=1 characters",
      ]
    `);
  });

  it('rejects an option that leads nowhere', () => {
    const tree = TREE.replace(
      '        explanation: Cloud.',
      '        explanation: Cloud.\n        next: nowhere',
    );
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toMatchInlineSnapshot(`
      [
        "content/tree.yaml: questions.platform.options[0].next: question "nowhere" does not exist",
        "content/fixes/admin/online-fix.md: appliesTo: no path through the tree ends on this page (appliesTo { role=admin, platform=exchange-online })",
      ]
    `);
  });

  it('rejects a question no path reaches', () => {
    const tree = `${TREE}
  orphan:
    key: method
    title: Never asked
    shortTitle: Method
    options:
      - slug: allow-everyone
        label: Everyone
        explanation: All.
`;
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toMatchInlineSnapshot(`
      [
        "content/tree.yaml: questions.orphan: is not reachable from the start question",
      ]
    `);
  });

  it('rejects a cycle', () => {
    const tree = TREE.replace(
      '        explanation: Cloud.',
      '        explanation: Cloud.\n        next: role',
    );
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toContain(
      'content/tree.yaml: questions.platform.options[0].next: leads back to an earlier question (cycle: role → platform → role)',
    );
  });

  it('rejects duplicate option slugs in one question', () => {
    const tree = TREE.replace('      - slug: admin', '      - slug: sender');
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toContain(
      'content/tree.yaml: questions.role.options[1].slug: "sender" is used by another option of this question',
    );
  });

  it('rejects a second question offering the same answer key as /fixes filter chips', () => {
    const tree = TREE.replace(
      '    shortTitle: You are\n',
      '    shortTitle: You are\n    fixesFilter: Role\n',
    ).replace(
      '    shortTitle: Exchange\n',
      '    shortTitle: Exchange\n    fixesFilter: Exchange version\n',
    );
    expect(buildContent({ ...VALID, 'content/tree.yaml': tree }).problems).toEqual([]);
    const twice = `${tree}
  app-platform:
    key: platform
    title: Where does the app send?
    shortTitle: Exchange
    fixesFilter: Exchange again
    options:
      - slug: exchange-online
        label: Exchange Online
        explanation: Cloud.
`;
    expect(problemsOf({ ...VALID, 'content/tree.yaml': twice })).toContain(
      'content/tree.yaml: questions.app-platform.fixesFilter: question "platform" already offers the "platform" answers as filter chips',
    );
  });

  it('rejects duplicate question ids', () => {
    const tree = `${TREE}
  platform:
    key: platform
    title: Again
    shortTitle: Again
    options:
      - slug: exchange-2010
        label: 2010
        explanation: Old.
`;
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })[0]).toMatch(
      /^content\/tree\.yaml: is not valid YAML: Map keys must be unique/,
    );
  });

  it('rejects a path that ends on no fix page', () => {
    const { 'content/fixes/sender-fix.md': _removed, ...files } = VALID;
    expect(problemsOf(files)).toMatchInlineSnapshot(`
      [
        "content/tree.yaml: questions.role.options[0]: the path /sender ends here, but no fix page's appliesTo matches { role=sender }",
      ]
    `);
  });

  it('rejects a path that matches two fix pages', () => {
    expect(problemsOf({ ...VALID, 'content/fixes/another.md': fix('{ role: sender }') }))
      .toMatchInlineSnapshot(`
      [
        "content/tree.yaml: questions.role.options[0]: the path /sender matches several fix pages: content/fixes/another.md, content/fixes/sender-fix.md",
      ]
    `);
  });

  it('rejects a fix page no path uses', () => {
    expect(problemsOf({ ...VALID, 'content/fixes/unused.md': fix('{ role: app }') }))
      .toMatchInlineSnapshot(`
      [
        "content/fixes/unused.md: appliesTo: no path through the tree ends on this page (appliesTo { role=app })",
      ]
    `);
  });

  it('rejects two fix pages with the same file name', () => {
    expect(
      problemsOf({ ...VALID, 'content/fixes/other/sender-fix.md': fix('{ role: sender }') }),
    ).toContain(
      'content/fixes/sender-fix.md: another fix page, content/fixes/other/sender-fix.md, has the same file name "sender-fix.md"',
    );
  });

  it('rejects files that are not content', () => {
    expect(
      problemsOf({ ...VALID, 'content/notes.txt': 'hi', 'content/partials/helper.md': 'x' }),
    ).toEqual([
      'content/notes.txt: is not part of the content (expected tree.yaml, redirects.yaml, codes.yaml, microsoft-ndr-codes.yaml, search-synonyms.yaml, fixes/**/*.md or partials/_*.md)',
      'content/partials/helper.md: a partial must be named _lower-case-words.md',
    ]);
  });

  it('rejects a partial no page includes, and an include of a missing partial', () => {
    const files = {
      ...VALID,
      'content/partials/_unused.md': 'Text.',
      'content/fixes/sender-fix.md': fix(
        '{ role: sender }',
        '## Steps\n\n1. Do it.\n\n::include{partial="missing"}\n',
      ),
    };
    expect(problemsOf(files)).toMatchInlineSnapshot(`
      [
        "content/fixes/sender-fix.md: body: ::include names partial "missing", but content/partials/_missing.md does not exist",
        "content/partials/_unused.md: no page includes this partial",
      ]
    `);
  });

  it('rejects bad front matter, naming each field', () => {
    const broken = `---
title: A fix
appliesTo: { role: sender }
codes: ["five"]
sources: []
reviewed: yesterday
---
## Steps

1. Do it.
`;
    expect(problemsOf({ ...VALID, 'content/fixes/sender-fix.md': broken })).toMatchInlineSnapshot(`
      [
        "content/fixes/sender-fix.md: summary: Invalid input: expected string, received undefined",
        "content/fixes/sender-fix.md: codes[0]: must be a status code like 5.7.1",
        "content/fixes/sender-fix.md: sources: Too small: expected array to have >=1 items",
        "content/fixes/sender-fix.md: reviewed: Invalid ISO date",
        "content/tree.yaml: questions.role.options[0]: the path /sender ends here, but no fix page's appliesTo matches { role=sender }",
      ]
    `);
  });

  it('drops raw HTML from markdown instead of passing it through', () => {
    const result = buildContent({
      ...VALID,
      'content/fixes/sender-fix.md': fix(
        '{ role: sender }',
        '<script>alert(1)</script>\n\n## Steps\n\n1. Do <b>it</b>.\n',
      ),
    });
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(result.bundle?.bodies['sender-fix'])).not.toMatch(/script|<b>/);
  });

  it('rejects unsafe links and elements the app does not render', () => {
    const body =
      '## Steps\n\n1. Click [here](javascript:alert(1)).\n\n![img](https://example.com/x.png)\n\n# Title\n';
    expect(problemsOf({ ...VALID, 'content/fixes/sender-fix.md': fix('{ role: sender }', body) }))
      .toMatchInlineSnapshot(`
      [
        "content/fixes/sender-fix.md: body: link "javascript:alert(1)" must start with https://, http://, mailto:, / or #",
        "content/fixes/sender-fix.md: body: <img> is not allowed in content (allowed: p, ul, ol, li, strong, em, code, a, h2, h3, h4, blockquote, table, thead, tbody, tr, th, td, br, hr, kbd, del)",
        "content/fixes/sender-fix.md: body: use ## headings; the page title comes from front matter",
      ]
    `);
  });

  it('rejects a fix page whose Steps section has no numbered list', () => {
    const body = '## Steps\n\nJust prose.\n';
    expect(
      problemsOf({ ...VALID, 'content/fixes/sender-fix.md': fix('{ role: sender }', body) }),
    ).toEqual(['content/fixes/sender-fix.md: body: the "Steps" section has no numbered list']);
  });

  it('rejects an unavailable rule whose alternative is not a step', () => {
    const tree = TREE.replace(
      '        explanation: Cloud.',
      `        explanation: Cloud.
        unavailable:
          - when: { role: admin }
            reason: Not here.
            alternative: { label: Go elsewhere, path: /admin/nowhere }`,
    );
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toEqual([
      'content/fixes/admin/online-fix.md: appliesTo: no path through the tree ends on this page (appliesTo { role=admin, platform=exchange-online })',
      'content/tree.yaml: questions.platform.options[0].unavailable[0].alternative.path: "/admin/nowhere" is not a step of the tree',
    ]);
  });

  it('rejects a condition on an answer that does not exist', () => {
    const tree = TREE.replace(
      '        explanation: Cloud.',
      '        explanation: Cloud.\n        when: { role: [robot] }',
    );
    expect(problemsOf({ ...VALID, 'content/tree.yaml': tree })).toContain(
      'content/tree.yaml: questions.platform.options[0].when.role: "robot" is not an option of any "role" question',
    );
  });

  it('rejects a redirect to a step that does not exist, and one that hides a live step', () => {
    const redirects = '- { from: /old, to: /missing }\n- { from: /sender, to: /admin }\n';
    expect(problemsOf({ ...VALID, 'content/redirects.yaml': redirects })).toEqual([
      'content/redirects.yaml: [0].to: "/missing" is not a step of the tree',
      'content/redirects.yaml: [1].from: "/sender" is a live step; a redirect would hide it',
    ]);
  });

  it('rejects a command template with an unknown placeholder or one inside quotes', () => {
    const body =
      "## Steps\n\n1. Run:\n\n   ```powershell\n   Set-Mailbox -Identity {{recipent}} -DisplayName '{{recipient}}'\n   ```\n";
    const problems = problemsOf({
      ...VALID,
      'content/fixes/sender-fix.md': fix('{ role: sender }', body),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/fixes\/sender-fix\.md: body: PowerShell block: line 1: .*recipent/,
    );
    expect(problems[1]).toMatch(
      /^content\/fixes\/sender-fix\.md: body: PowerShell block: line 1: .*quot/,
    );
  });

  it('reports every problem at once rather than the first', () => {
    const tree = TREE.replace(
      '        explanation: Cloud.',
      '        explanation: Cloud.\n        next: nowhere',
    );
    const files = {
      ...VALID,
      'content/tree.yaml': tree,
      'content/stray.json': '{}',
      'content/fixes/unused.md': fix('{ role: app }'),
    };
    expect(problemsOf(files).length).toBeGreaterThanOrEqual(3);
  });
});
