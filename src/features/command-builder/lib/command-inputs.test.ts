import { describe, expect, it } from 'vitest';
import { checkCommandInputs } from './command-inputs';
import { commandText, fillCommandTemplate } from './fill-command-template';

describe('checking what the admin typed', () => {
  it('fills nothing and complains about nothing while the inputs are empty', () => {
    expect(checkCommandInputs({})).toEqual({ values: {}, problems: {} });
    expect(checkCommandInputs({ recipient: '  ', senders: '\n\n' })).toEqual({
      values: {},
      problems: {},
    });
  });

  it('passes valid values on, trimmed, and the senders as a list', () => {
    expect(
      checkCommandInputs({
        recipient: " O'Brien’s team ",
        mailbox: 'scanner@contoso.com',
        senders: 'a@fabrikam.com\nB@fabrikam.com; a@FABRIKAM.com',
      }),
    ).toEqual({
      values: {
        recipient: "O'Brien’s team",
        mailbox: 'scanner@contoso.com',
        senders: ['a@fabrikam.com', 'B@fabrikam.com'],
      },
      problems: {},
    });
  });

  it('keeps an invalid recipient out of the values and says why', () => {
    const checks = checkCommandInputs({ recipient: 'Sales\u0007' });
    expect(checks.values).toEqual({});
    expect(checks.problems.recipient).toEqual([
      "The recipient contains a control character (U+0007), which a name, alias or address can't contain. Remove it and try again.",
    ]);
  });

  it('checks the all-internal-users group like a recipient, naming it in its messages', () => {
    expect(checkCommandInputs({ internalGroup: ' All internal users ' }).values).toEqual({
      internalGroup: 'All internal users',
    });
    expect(checkCommandInputs({ internalGroup: 'All\ninternal' }).problems.internalGroup).toEqual([
      'The group contains a line break. Type one name, alias or address, on a single line.',
    ]);
  });

  it('fills no sender while any line is not an address, and reports each bad line', () => {
    const checks = checkCommandInputs({ senders: 'a@fabrikam.com\nbob@\nnot an address' });
    expect(checks.values).toEqual({});
    expect(checks.problems.senders).toEqual([
      "line 2: 'bob@' is not an email address (nothing comes after the @).",
      "line 3: 'not an address' is not an email address (it contains a space).",
    ]);
  });

  it('ignores inputs the builder does not know and values that are not text', () => {
    const stored = JSON.parse('{"__proto__": {"recipient": "x"}, "other": "y"}') as Record<
      string,
      string
    >;
    expect(checkCommandInputs(stored)).toEqual({ values: {}, problems: {} });
    expect(
      checkCommandInputs({ recipient: 42 } as unknown as Record<string, string>).values,
    ).toEqual({});
  });

  it('leaves the placeholder in a command until the input is valid', () => {
    const template = 'Set-DistributionGroup -Identity {{recipient}}';
    const fill = (recipient: string) =>
      commandText(fillCommandTemplate(template, checkCommandInputs({ recipient }).values));
    expect(fill('Sales\nTeam')).toBe('Set-DistributionGroup -Identity <recipient>');
    expect(fill('Sales Team')).toBe("Set-DistributionGroup -Identity 'Sales Team'");
  });
});
