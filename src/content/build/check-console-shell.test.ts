import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildContent } from './build-content.ts';
import { unannouncedCommands } from './check-console-shell.ts';
import { formatProblem } from './content-problem.ts';
import { CODES, MICROSOFT_CODES, fixPage } from './content-files.test-helper.ts';
import { compileMarkdown } from './compile-markdown.ts';

/** A question of the test tree: its answer key, and slug → next question (or none). */
function question(key: string, options: Record<string, string | undefined>) {
  return {
    key,
    title: `Which ${key}?`,
    shortTitle: key,
    options: Object.entries(options).map(([slug, next]) => ({
      slug,
      label: slug,
      explanation: `The ${slug} answer.`,
      ...(next ? { next } : {}),
    })),
  };
}

/** admin → platform (2010 or 2007) → tool (console or PowerShell): one fix page per tool. */
const TREE = stringify({
  start: 'role',
  questions: {
    role: question('role', { admin: 'platform' }),
    platform: question('platform', { 'exchange-2010': 'surface', 'exchange-2007': 'surface' }),
    surface: question('surface', { emc: undefined, powershell: undefined }),
  },
});

const SHELL_PAGE = fixPage(
  '{ role: admin, platform: [exchange-2010, exchange-2007], surface: powershell }',
  '## Steps\n\n1. Run:\n\n   ```powershell\n   Get-Mailbox\n   ```\n',
);

function problemsWith(consoleSteps: string): string[] {
  return buildContent({
    'content/fixes/shell-fix.md': SHELL_PAGE,
    'content/tree.yaml': TREE,
    'content/codes.yaml': CODES,
    'content/microsoft-ndr-codes.yaml': MICROSOFT_CODES,
    'content/fixes/console-fix.md': fixPage(
      '{ role: admin, platform: [exchange-2010, exchange-2007], surface: emc }',
      `## Steps\n\n${consoleSteps}`,
    ),
  }).problems.map(formatProblem);
}

const block = (command: string) => `\n\n   \`\`\`powershell\n   ${command}\n   \`\`\`\n`;

describe('console pages say when a step needs the Shell', () => {
  it('accepts console clicks, and a command after "This step needs the Exchange Management Shell"', () => {
    expect(problemsWith('1. Click **Properties**.\n')).toEqual([]);
    expect(
      problemsWith(
        `1. This step needs the Exchange Management Shell: run${block('Get-Mailbox -Identity x')}`,
      ),
    ).toEqual([]);
    expect(
      problemsWith(`1. Checking needs **Exchange Online PowerShell**:${block('Get-Mailbox')}`),
    ).toEqual([]);
  });

  it('rejects a command block that no earlier words of its step announce', () => {
    expect(problemsWith(`1. Hide the group:${block('Set-DynamicDistributionGroup -Identity x')}`))
      .toMatchInlineSnapshot(`
      [
        "content/fixes/console-fix.md: body: step 1 of this console page shows the PowerShell command "Set-DynamicDistributionGroup -Identity x" without saying that the step needs the Shell: give the console's clicks, or write "This step needs the Exchange Management Shell" (or "… needs Exchange Online PowerShell") before the command",
      ]
    `);
  });

  it('rejects inline code that starts with a cmdlet, and a marker in an earlier step', () => {
    const problems = problemsWith(
      '1. This step needs the Exchange Management Shell: fine.\n2. Or run `New-MailContact -Name a` instead.\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'step 2 of this console page shows the PowerShell command "New-MailContact -Name a"',
    );
  });

  it('rejects a command announced only on another platform', () => {
    const steps = [
      '1. Hide the group.',
      '',
      '   :::only{platform="exchange-2010"}',
      '   This step needs the Exchange Management Shell:',
      '   :::',
      block('Set-DynamicDistributionGroup -Identity x'),
    ].join('\n');
    const problems = problemsWith(steps);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('step 1 of this console page');
  });

  it('leaves PowerShell pages and sections other than Steps alone', () => {
    expect(
      problemsWith(
        `1. Click **OK**.\n\n## Undo\n\nOr in the Shell:${block('Set-Mailbox -Identity x')}`,
      ),
    ).toEqual([]);
  });
});

describe('unannouncedCommands', () => {
  const compile = (markdown: string) =>
    compileMarkdown(
      markdown,
      () => {},
      () => undefined,
      new Set(),
    );

  it('lists commands before the marker and none after it', () => {
    const nodes = compile(
      'Run `Get-Mailbox x`.\n\nThis part needs Exchange Online PowerShell:\n\n```powershell\nGet-User\n```\n',
    );
    expect(unannouncedCommands(nodes)).toEqual(['Get-Mailbox x']);
  });

  it('ignores inline code that is not a cmdlet, and text blocks', () => {
    const nodes = compile(
      'Add `-OrganizationalUnit`, type `IsDirSynced : False`.\n\n```text\nGet-Mailbox\n```\n',
    );
    expect(unannouncedCommands(nodes)).toEqual([]);
  });
});
