import { describe, expect, it } from 'vitest';
import { fixBodyForAnswers } from '../only-blocks.ts';
import { buildContent } from './build-content.ts';
import { formatProblem } from './content-problem.ts';
import { CODES, MICROSOFT_CODES, fixPage } from './content-files.test-helper.ts';
import { textOf } from './split-fix-body.ts';

/** role admin → platform (three of them) → fix. */
const TREE = `
start: role
questions:
  role:
    key: role
    title: Who are you?
    shortTitle: You are
    options:
      - slug: admin
        label: Admin
        explanation: Runs Exchange.
        next: platform
  platform:
    key: platform
    title: Which Exchange?
    shortTitle: Exchange
    help:
      title: Not sure?
      body: Ask someone.
    options:
      - slug: exchange-online
        label: Exchange Online
        explanation: Cloud.
      - slug: exchange-server
        label: Exchange Server
        explanation: 2013 and later.
      - slug: exchange-2010
        label: Exchange 2010
        explanation: Old.
`;

const page = (platforms: string, body: string) =>
  fixPage(`{ role: admin, platform: [${platforms}] }`, body);

const ONLINE = page('exchange-online', '## Steps\n\n1. Online.\n');

function build(onPremBody: string, extra: Record<string, string> = {}) {
  return buildContent({
    'content/tree.yaml': TREE,
    'content/codes.yaml': CODES,
    'content/microsoft-ndr-codes.yaml': MICROSOFT_CODES,
    'content/fixes/online.md': ONLINE,
    'content/fixes/on-prem.md': page('exchange-server, exchange-2010', onPremBody),
    ...extra,
  });
}
const problemsOf = (body: string, extra: Record<string, string> = {}) =>
  build(body, extra).problems.map(formatProblem);

const CONDITIONAL = `Intro.

:::only{platform="exchange-2010"}
Only on 2010, in the intro.
:::

## Steps

1. Run:

   :::only{platform="exchange-server"}
   \`\`\`powershell
   Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous
   \`\`\`
   :::

   :::only{platform="exchange-2010"}
   \`\`\`powershell
   Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous -AccessRights CreateItems
   \`\`\`
   :::

2. Done.

## Undo

::include{partial="undo"}
`;
const UNDO_PARTIAL = `:::only{platform="exchange-server exchange-online"}
Undo on 2013 or later.
:::

:::only{platform="exchange-2010"}
Undo on 2010.
:::
`;

describe(':::only blocks', () => {
  it('compile into only nodes, at the top level, inside a step and inside a partial', () => {
    const result = build(CONDITIONAL, { 'content/partials/_undo.md': UNDO_PARTIAL });
    expect(result.problems).toEqual([]);
    const body = result.bundle?.bodies['on-prem'];
    expect(body?.intro[1]).toMatchObject({ type: 'only', when: { platform: ['exchange-2010'] } });
    const step = body?.sections[0]?.steps?.[0];
    expect(step?.blocks.map((node) => node.type)).toEqual(['element', 'only', 'only']);
    expect(body?.sections[1]?.blocks[0]).toMatchObject({
      type: 'only',
      when: { platform: ['exchange-server', 'exchange-online'] },
    });
  });

  it('show, once resolved, only the blocks of the answers, with the same steps everywhere', () => {
    const body = build(CONDITIONAL, { 'content/partials/_undo.md': UNDO_PARTIAL }).bundle?.bodies[
      'on-prem'
    ];
    if (!body) throw new Error('no body');
    const text = (platform: string) => {
      const resolved = fixBodyForAnswers(body, { role: 'admin', platform });
      return {
        intro: textOf(resolved.intro).trim(),
        steps: resolved.sections[0]?.steps?.map((s) => textOf(s.blocks).replace(/\s+/g, ' ')),
        undo: textOf(resolved.sections[1]?.blocks ?? []).trim(),
      };
    };
    expect(text('exchange-server')).toEqual({
      intro: 'Intro.',
      steps: [
        'Run:Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous',
        'Done.',
      ],
      undo: 'Undo on 2013 or later.',
    });
    expect(text('exchange-2010')).toEqual({
      intro: 'Intro.Only on 2010, in the intro.',
      steps: [
        'Run:Remove-PublicFolderClientPermission -Identity {{recipient}} -User Anonymous -AccessRights CreateItems',
        'Done.',
      ],
      undo: 'Undo on 2010.',
    });
  });

  it('rejects an unknown answer key, an unknown slug and a block with no condition', () => {
    const body = `## Steps

1. Step.

   :::only{platfrom="exchange-2010"}
   Typo in the key.
   :::

   :::only{platform="exchange-2016"}
   Not a slug of the tree.
   :::

:::only
No condition.
:::
`;
    expect(problemsOf(body)).toMatchInlineSnapshot(`
      [
        "content/fixes/on-prem.md: body: :::only{platfrom="exchange-2010"}: unknown answer key "platfrom" (use role, recipient, platform, method, surface)",
        "content/fixes/on-prem.md: body: :::only{platform="exchange-2016"}: "exchange-2016" is not a platform answer in content/tree.yaml (known: exchange-online, exchange-server, exchange-2010)",
        "content/fixes/on-prem.md: body: :::only{}: names no answers (write e.g. :::only{platform="exchange-2010"})",
      ]
    `);
  });

  it('rejects a block the page can never show, also inside another block', () => {
    const body = `Intro.

:::only{platform="exchange-online"}
This page is not for Exchange Online.
:::

:::only{platform="exchange-2010"}
On 2010:

:::only{platform="exchange-server"}
Never: the outer block is for 2010 only.
:::
:::

## Steps

1. Step.
`;
    expect(problemsOf(body)).toMatchInlineSnapshot(`
      [
        "content/fixes/on-prem.md: body: :::only{platform="exchange-online"} can never show: this page (inside any enclosing :::only) applies to platform exchange-server, exchange-2010",
        "content/fixes/on-prem.md: body: :::only{platform="exchange-server"} can never show: this page (inside any enclosing :::only) applies to platform exchange-2010",
      ]
    `);
  });

  it('rejects a partial block that no page including the partial can show', () => {
    const body = '## Steps\n\n1. Step.\n\n## Undo\n\n::include{partial="undo"}\n';
    const partial = ':::only{platform="exchange-online"}\nNot on this page.\n:::\n';
    expect(problemsOf(body, { 'content/partials/_undo.md': partial })).toMatchInlineSnapshot(`
      [
        "content/partials/_undo.md: :::only{platform="exchange-online"} in partial "undo" can never show: no page that includes this partial applies to those answers",
      ]
    `);
    // Shown on another page that includes it: fine.
    const online = page('exchange-online', '## Steps\n\n1. Online.\n\n::include{partial="undo"}\n');
    expect(
      problemsOf(body, { 'content/partials/_undo.md': partial, 'content/fixes/online.md': online }),
    ).toEqual([]);
  });

  it('rejects whole numbered steps or a section heading inside a block', () => {
    const body = `## Steps

1. Always.

:::only{platform="exchange-2010"}
2. A step only on 2010 would renumber the others.
:::

:::only{platform="exchange-server"}
## Extra section
:::
`;
    expect(problemsOf(body)).toMatchInlineSnapshot(`
      [
        "content/fixes/on-prem.md: body: a ## heading inside an :::only block: sections must be the same for every answer",
        "content/fixes/on-prem.md: body: an :::only block in Steps holds numbered steps: step numbers must be the same for every answer, so put the :::only block inside the step (indented under its number)",
      ]
    `);
  });

  it('rejects a block outside fix pages, and keeps rejecting unknown directives', () => {
    const tree = TREE.replace(
      'body: Ask someone.',
      'body: |\n        :::only{platform="exchange-2010"}\n        Help.\n        :::',
    );
    const result = buildContent({
      'content/tree.yaml': tree,
      'content/codes.yaml': CODES,
      'content/microsoft-ndr-codes.yaml': MICROSOFT_CODES,
      'content/fixes/online.md': ONLINE,
      'content/fixes/on-prem.md': page(
        'exchange-server, exchange-2010',
        '## Steps\n\n1. Step.\n\n:::note\nA note.\n:::\n',
      ),
    });
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/tree.yaml: questions.platform.help.body: :::only{platform="exchange-2010"}: :::only blocks are allowed in fix pages (and the partials they include) only",
        "content/fixes/on-prem.md: body: unknown directive ":note" (only "::include{partial=\\"…\\"}" and ":::only{…}" are supported; write "\\:" for a literal colon)",
      ]
    `);
  });
});
