import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVerbatimString } from '../../../lib/powershell/parse-verbatim-string.test-helper';
import {
  commandText,
  fillCommandTemplate,
  listPlaceholders,
  type CommandSegment,
} from './fill-command-template';

const fill = (...args: Parameters<typeof fillCommandTemplate>) =>
  commandText(fillCommandTemplate(...args));

/** Strings full of what could break a command: every quote kind, `$(...)`, backticks, breaks. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      "'",
      '\u2018',
      '\u2019',
      '\u201A',
      '\u201B',
      '"',
      '\u201C',
      '$',
      '$(',
      ')',
      '`',
      '{{recipient}}',
      '{{',
      '}}',
      '<recipient>',
      ',',
      ';',
      '|',
      '\r\n',
      '\n',
      ' ',
      'Remove-Item C:\\',
      'a',
    ),
    maxLength: 30,
  }),
);

describe('fillCommandTemplate', () => {
  it('fills the recipient as a quoted literal', () => {
    expect(
      fillCommandTemplate(
        'Set-DistributionGroup -Identity {{recipient}} -RequireSenderAuthenticationEnabled $false',
        { recipient: "O'Brien Team" },
      ),
    ).toEqual([
      { kind: 'text', text: 'Set-DistributionGroup -Identity ' },
      { kind: 'value', name: 'recipient', text: "'O''Brien Team'" },
      { kind: 'text', text: ' -RequireSenderAuthenticationEnabled $false' },
    ]);
  });

  it.each([
    ['is undefined', undefined],
    ['is an empty string', ''],
    ['is an empty list', []],
    ['is a list of empty strings', ['', '']],
  ])('shows a visible placeholder when the value %s', (_label, value) => {
    expect(fillCommandTemplate('Get-Recipient {{recipient}}', { recipient: value })).toEqual([
      { kind: 'text', text: 'Get-Recipient ' },
      { kind: 'placeholder', name: 'recipient', text: '<recipient>' },
    ]);
  });

  it('shows a placeholder for a name that has no value at all', () => {
    expect(fill('Get-DistributionGroup {{group}}', {})).toBe('Get-DistributionGroup <group>');
  });

  it('treats names inherited by every object as having no value', () => {
    expect(fill('Get-Recipient {{constructor}} {{toString}}', {})).toBe(
      'Get-Recipient <constructor> <toString>',
    );
    expect(fill('New-MailContact {{sender}}', {}, { perLine: { sender: 'hasOwnProperty' } })).toBe(
      'New-MailContact <sender>',
    );
  });

  it('fills any placeholder name, not only the recipient', () => {
    expect(fill('Get-MailPublicFolder {{folder}}', { folder: '\\Sales\\Orders' })).toBe(
      "Get-MailPublicFolder '\\Sales\\Orders'",
    );
  });

  it('renders a list as comma-separated quoted literals, each highlighted as a value', () => {
    expect(
      fillCommandTemplate('-AcceptMessagesOnlyFrom @{Add={{senders}}}', {
        senders: ['a@contoso.com', "o'brien@fabrikam.com"],
      }),
    ).toEqual([
      { kind: 'text', text: '-AcceptMessagesOnlyFrom @{Add=' },
      { kind: 'value', name: 'senders', text: "'a@contoso.com'" },
      { kind: 'text', text: ',' },
      { kind: 'value', name: 'senders', text: "'o''brien@fabrikam.com'" },
      { kind: 'text', text: '}' },
    ]);
  });

  it('repeats a line holding {{sender}} once per sender', () => {
    const template = [
      'New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}',
      'Set-DistributionGroup {{recipient}} -AcceptMessagesOnlyFromSendersOrMembers @{Add={{senders}}}',
    ].join('\n');
    expect(fill(template, { recipient: 'Sales', senders: ['a@contoso.com', 'b@fabrikam.com'] }))
      .toBe(`New-MailContact -Name 'a@contoso.com' -ExternalEmailAddress 'a@contoso.com'
New-MailContact -Name 'b@fabrikam.com' -ExternalEmailAddress 'b@fabrikam.com'
Set-DistributionGroup 'Sales' -AcceptMessagesOnlyFromSendersOrMembers @{Add='a@contoso.com','b@fabrikam.com'}`);
  });

  it('repeats a last line with no line break after it, using the line break of the template', () => {
    expect(
      fill('# contacts\r\nNew-MailContact {{sender}}', { senders: ['a@x.com', 'b@y.com'] }),
    ).toBe("# contacts\r\nNew-MailContact 'a@x.com'\r\nNew-MailContact 'b@y.com'");
  });

  it('keeps one line with the placeholder when there are no senders', () => {
    expect(
      fillCommandTemplate(
        'New-MailContact -Name {{sender}} -ExternalEmailAddress {{sender}}\nDone',
        {
          senders: [],
        },
      ),
    ).toEqual([
      { kind: 'text', text: 'New-MailContact -Name ' },
      { kind: 'placeholder', name: 'sender', text: '<sender>' },
      { kind: 'text', text: ' -ExternalEmailAddress ' },
      { kind: 'placeholder', name: 'sender', text: '<sender>' },
      { kind: 'text', text: '\nDone' },
    ]);
  });

  it('repeats lines for a per-line placeholder chosen by the caller', () => {
    const segments = fillCommandTemplate(
      'Add-DistributionGroupMember {{recipient}} -Member {{member}}',
      { recipient: 'Sales', members: ['ann', 'bob'] },
      { perLine: { member: 'members' } },
    );
    expect(commandText(segments)).toBe(
      "Add-DistributionGroupMember 'Sales' -Member 'ann'\nAdd-DistributionGroupMember 'Sales' -Member 'bob'",
    );
  });

  it('leaves a template without placeholders exactly as it is', () => {
    const template =
      'Get-Recipient -ResultSize Unlimited |\n  Where-Object { $_.RequireSenderAuthenticationEnabled }';
    expect(fillCommandTemplate(template, { recipient: 'x' })).toEqual([
      { kind: 'text', text: template },
    ]);
  });

  it('does not fill placeholders that appear inside a value', () => {
    expect(
      fill('Get-Recipient {{recipient}} {{group}}', { recipient: '{{group}}', group: 'G' }),
    ).toBe("Get-Recipient '{{group}}' 'G'");
  });

  it('never lets a hostile recipient end the string: the argument parses back to the input', () => {
    const before = 'Set-Mailbox -Identity ';
    const after = ' -RequireSenderAuthenticationEnabled $false';
    fc.assert(
      fc.property(
        hostileString.filter((value) => value !== ''),
        (recipient) => {
          const text = fill(`${before}{{recipient}}${after}`, { recipient });
          expect(text.startsWith(before)).toBe(true);
          const parsed = parseVerbatimString(text, before.length);
          expect(parsed).toEqual({ ok: true, value: recipient, end: text.length - after.length });
          expect(text.slice(text.length - after.length)).toBe(after);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lets hostile senders escape their literals, in a list or on repeated lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          hostileString.filter((value) => value !== ''),
          { maxLength: 5 },
        ),
        (senders) => {
          const segments = fillCommandTemplate(
            'New-MailContact -Name {{sender}}\n@{Add={{senders}}}',
            { senders },
          );
          const values = segments.filter((segment) => segment.kind === 'value');
          const parsedValues = values.map((segment) => {
            const parsed = parseVerbatimString(segment.text);
            return parsed.ok && parsed.end === segment.text.length ? parsed.value : null;
          });
          expect(parsedValues).toEqual([...senders, ...senders]);
          // The template text around the values is untouched.
          const textOnly = segments
            .map((segment) => (segment.kind === 'value' ? 'V' : segment.text))
            .join('');
          const contactLines = senders.map(() => 'New-MailContact -Name V').join('\n');
          expect(textOnly).toBe(
            senders.length === 0
              ? 'New-MailContact -Name <sender>\n@{Add=<senders>}'
              : `${contactLines}\n@{Add=${senders.map(() => 'V').join(',')}}`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never produces an empty segment, and copies exactly what the segments show', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(
          fc.constantFrom('recipient', 'senders', 'group'),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (template, values) => {
          const segments: CommandSegment[] = fillCommandTemplate(template, values);
          expect(commandText(segments)).toBe(segments.map((segment) => segment.text).join(''));
          expect(segments.every((segment) => segment.text !== '')).toBe(true);
        },
      ),
    );
  });

  it('keeps every character of a template with no placeholders', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (template) => {
        fc.pre(listPlaceholders(template).length === 0);
        expect(fill(template, { recipient: 'x', senders: ['a@b.co'] })).toBe(template);
      }),
    );
  });
});

describe('commandText', () => {
  it('joins the segments into the text to copy', () => {
    expect(
      commandText([
        { kind: 'text', text: 'Get-Recipient ' },
        { kind: 'value', name: 'recipient', text: "'Sales'" },
      ]),
    ).toBe("Get-Recipient 'Sales'");
  });

  it('copies a placeholder as shown', () => {
    expect(fill('Get-Recipient {{recipient}}', {})).toBe('Get-Recipient <recipient>');
  });
});
