import { describe, expect, it } from 'vitest';
import { findPlaceholders, findTemplateProblems, listPlaceholders } from './command-template';

const check = (template: string) =>
  findTemplateProblems(template, {
    knownNames: ['recipient', 'senders', 'sender', 'member'],
    perLineNames: ['sender', 'member'],
  });

describe('listPlaceholders', () => {
  it('lists each name once, in order of first use', () => {
    expect(
      listPlaceholders(
        'New-MailContact {{sender}} {{sender}}\nSet-Mailbox {{recipient}} {{senders}}',
      ),
    ).toEqual(['sender', 'recipient', 'senders']);
  });

  it.each([
    ['a template without placeholders', 'Get-Recipient -ResultSize Unlimited'],
    ['script blocks', 'Where-Object {$_.Name} | ForEach-Object {{$_}}'],
    ['a placeholder with spaces inside', '{{ recipient }}'],
    ['a name starting with a digit', '{{1st}}'],
  ])('finds none in %s', (_label, template) => {
    expect(listPlaceholders(template)).toEqual([]);
  });

  it('finds a placeholder inside a script block', () => {
    expect(findPlaceholders('{ $_.Name -eq {{recipient}}}')).toEqual([
      { name: 'recipient', start: 14, end: 27 },
    ]);
  });
});

describe('findTemplateProblems', () => {
  it.each([
    [
      'a plain command',
      'Set-DistributionGroup -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false',
    ],
    ['a colon-bound parameter', 'Set-Mailbox -Identity:{{recipient}}'],
    [
      'a list in a hashtable',
      'Set-DistributionGroup {{recipient}} -AcceptMessagesOnlyFrom @{Add={{senders}}}',
    ],
    ['a list in parentheses', 'ForEach-Object -InputObject ({{senders}})'],
    [
      'a placeholder in a comment',
      "# Replace {{recipient}} with the group's name\nGet-Recipient {{recipient}}",
    ],
    [
      'quotes elsewhere on the line',
      "Get-Recipient {{recipient}} | Format-List Name,'RecipientType'",
    ],
    [
      'a doubled quote in a string before a placeholder',
      "Write-Host 'it''s'; Get-Recipient {{recipient}}",
    ],
    ['a script block', 'Get-Recipient | Where-Object { $_.Name -eq {{recipient}} }'],
    [
      'one per-line placeholder used twice on a line',
      'New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}',
    ],
    ['a here-string that closes', "$note = @'\nsome 'text'\n'@\nGet-Recipient {{recipient}}"],
  ])('accepts %s', (_label, template) => {
    expect(check(template)).toEqual([]);
  });

  it('reports an unknown placeholder with its line and the known names', () => {
    expect(check('Get-Recipient {{recipient}}\nGet-DistributionGroup {{grop}}'))
      .toMatchInlineSnapshot(`
      [
        "line 2: {{grop}} is not a known placeholder; the known ones are {{recipient}}, {{senders}}, {{sender}}, {{member}}.",
      ]
    `);
  });

  it.each([
    ['spaces inside the braces', 'Get-Recipient {{ recipient }}'],
    ['a missing closing brace', 'Get-Recipient {{recipient}'],
    ['a missing opening brace', 'Get-Recipient {recipient}}'],
    ['a name starting with a digit', 'Get-Recipient {{1st}}'],
  ])('reports something that looks like a placeholder but has %s', (_label, template) => {
    const problems = check(template);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 1: .* is not a placeholder; write \{\{name\}\}/);
  });

  it.each([
    ['single quotes', "Get-Recipient '{{recipient}}'"],
    ['typographic single quotes', 'Get-Recipient \u2018{{recipient}}\u2019'],
    ['double quotes', 'Get-Recipient "{{recipient}}"'],
    ['double quotes with other text', 'Write-Host "Done for {{recipient}} now"'],
    ['a here-string', '$x = @"\nHello {{recipient}}\n"@'],
  ])('reports a placeholder inside %s', (_label, template) => {
    expect(check(template).join('\n')).toMatch(
      /{{recipient}} is inside a quoted string; the builder quotes every value itself/,
    );
  });

  it.each([
    ['text before it', 'Get-Recipient x{{recipient}}', '"x" before it'],
    ['text after it', 'Get-Recipient {{recipient}}x', '"x" after it'],
    ['a variable sign before it', 'Get-Recipient ${{recipient}}', '"$" before it'],
    ['a dot after it', 'Get-Recipient {{recipient}}.Name', '"." after it'],
  ])('reports a placeholder glued to %s', (_label, template, where) => {
    expect(check(template)).toEqual([
      `line 1: {{recipient}} is attached to ${where}; leave a space, comma or bracket next to a placeholder so its value stays one argument.`,
    ]);
  });

  it('reports two different per-line placeholders on one line', () => {
    expect(check('Add-DistributionGroupMember {{sender}} -Member {{member}}')).toEqual([
      'line 1: {{sender}} and {{member}} are on the same line; a line can repeat for one list only.',
    ]);
  });

  it('reports a string left open', () => {
    expect(check("Get-Recipient {{recipient}} -Filter 'Name")).toEqual([
      'line 1: a quoted string is not closed before the end of the template.',
    ]);
  });

  it('reports every problem at once, in order', () => {
    expect(check("Get-Recipient {{nope}}\nGet-Recipient '{{recipient}}'\nGet-Recipient {{ x }}"))
      .toMatchInlineSnapshot(`
        [
          "line 1: {{nope}} is not a known placeholder; the known ones are {{recipient}}, {{senders}}, {{sender}}, {{member}}.",
          "line 2: {{recipient}} is inside a quoted string; the builder quotes every value itself, so write the placeholder without quotes around it.",
          "line 3: {{ x }} is not a placeholder; write {{name}}, with no spaces, a letter first, then letters, digits, - or _.",
        ]
      `);
  });
});
