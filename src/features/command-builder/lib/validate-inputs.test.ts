import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emailAddressProblem,
  RECIPIENT_MAX_LENGTH,
  validateMailbox,
  validateRecipient,
  validateSenders,
} from './validate-inputs';

describe('validateRecipient', () => {
  it.each([
    ['an empty field', ''],
    ['a field of spaces', '   '],
    ['a field holding only a line break', '\n'],
  ])('treats %s as not typed yet', (_label, input) => {
    expect(validateRecipient(input)).toEqual({ status: 'empty' });
  });

  it.each([
    ['a display name', 'Sales Team', 'Sales Team'],
    ['an alias', 'sales', 'sales'],
    ['an address', 'sales@contoso.com', 'sales@contoso.com'],
    ['a name with an apostrophe', "O'Brien", "O'Brien"],
    ['a name with typographic quotes', '\u2018curly\u2019', '\u2018curly\u2019'],
    [
      'a name with PowerShell syntax (quoting handles it)',
      '$(Remove-Item C:\\)',
      '$(Remove-Item C:\\)',
    ],
    ['a name in another script', 'Équipe ventes 営業', 'Équipe ventes 営業'],
    ['a name with spaces around it', '  Sales Team \t', 'Sales Team'],
  ])('accepts %s', (_label, input, value) => {
    expect(validateRecipient(input)).toEqual({ status: 'valid', value });
  });

  it.each([
    [
      'a line break',
      'Sales\nTeam',
      'The recipient contains a line break. Type one name, alias or address, on a single line.',
    ],
    [
      'a carriage return',
      'Sales\rTeam',
      'The recipient contains a line break (carriage return). Type one name, alias or address, on a single line.',
    ],
    [
      'a line separator',
      'Sales\u2028Team',
      'The recipient contains a line separator (U+2028). Type one name, alias or address, on a single line.',
    ],
    [
      'a paragraph separator',
      'Sales\u2029Team',
      'The recipient contains a paragraph separator (U+2029). Type one name, alias or address, on a single line.',
    ],
    [
      'a next-line character',
      'Sales\u0085Team',
      'The recipient contains a line break (next line, U+0085). Type one name, alias or address, on a single line.',
    ],
    [
      'a tab',
      'Sales\tTeam',
      "The recipient contains a tab (U+0009), which a name, alias or address can't contain. Remove it and try again.",
    ],
    [
      'a null character',
      'Sales\0Team',
      "The recipient contains a null character (U+0000), which a name, alias or address can't contain. Remove it and try again.",
    ],
    [
      'an escape character',
      'Sales\u001bTeam',
      "The recipient contains a control character (U+001B), which a name, alias or address can't contain. Remove it and try again.",
    ],
    [
      'a C1 control character',
      'Sales\u009bTeam',
      "The recipient contains a control character (U+009B), which a name, alias or address can't contain. Remove it and try again.",
    ],
    [
      'a right-to-left override',
      'Sales\u202eTeam',
      "The recipient contains an invisible text-direction character (U+202E), which a name, alias or address can't contain. Remove it and try again.",
    ],
  ])('refuses %s and says which', (_label, input, message) => {
    expect(validateRecipient(input)).toEqual({ status: 'invalid', message });
  });

  it('accepts a recipient at the length limit and refuses one past it', () => {
    expect(validateRecipient('a'.repeat(RECIPIENT_MAX_LENGTH)).status).toBe('valid');
    expect(validateRecipient('a'.repeat(RECIPIENT_MAX_LENGTH + 1))).toEqual({
      status: 'invalid',
      message: 'The recipient is 257 characters long; the limit is 256.',
    });
  });

  it('counts characters, not UTF-16 code units, against the limit', () => {
    expect(validateRecipient('\u{1F600}'.repeat(RECIPIENT_MAX_LENGTH)).status).toBe('valid');
  });

  it('never accepts a value holding a control character or a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const check = validateRecipient(input);
        if (check.status === 'valid') {
          expect(check.value).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
          expect(check.value).toBe(check.value.trim());
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('emailAddressProblem', () => {
  it.each([
    'bob@fabrikam.com',
    'Bob.Smith@Fabrikam.COM',
    "o'brien@contoso.com",
    'scanner+alerts@mail.contoso.co.uk',
    'a@b.io',
    'noreply@xn--bcher-kva.example',
    'josé@bücher.de',
  ])('accepts %s', (address) => {
    expect(emailAddressProblem(address)).toBeUndefined();
  });

  it.each([
    ['bob', 'there is no @'],
    ['bob@', 'nothing comes after the @'],
    ['@fabrikam.com', 'nothing comes before the @'],
    ['bob@@fabrikam.com', 'it has more than one @'],
    ['bob@fabrikam@com', 'it has more than one @'],
    ['bob smith@fabrikam.com', 'it contains a space'],
    ['bob\u00a0smith@fabrikam.com', 'it contains a space'],
    ['bob\t@fabrikam.com', 'it contains a tab (U+0009)'],
    ['bob@localhost', 'the domain after the @ needs a dot, as in contoso.com'],
    ['bob@fabrikam.', 'the domain after the @ starts or ends with a dot, or has two dots in a row'],
    [
      'bob@fabrikam..com',
      'the domain after the @ starts or ends with a dot, or has two dots in a row',
    ],
    ['bob@fab_rikam.com', "the domain after the @ can't contain _"],
    ['bob@[10.0.0.1]', "the domain after the @ can't contain ["],
    ['bob@-fabrikam.com', 'a part of the domain starts or ends with a hyphen'],
    ['bob@fabrikam.c', 'the domain does not end in a top-level domain such as .com'],
    ['bob@10.0.0.1', 'the domain does not end in a top-level domain such as .com'],
    [
      '.bob@fabrikam.com',
      'the part before the @ starts or ends with a dot, or has two dots in a row',
    ],
    [
      'bob..smith@fabrikam.com',
      'the part before the @ starts or ends with a dot, or has two dots in a row',
    ],
    ['bob(x)@fabrikam.com', "the part before the @ can't contain ("],
    ['"bob"@fabrikam.com', 'the part before the @ can\'t contain "'],
    [`${'b'.repeat(65)}@fabrikam.com`, 'the part before the @ is longer than 64 characters'],
    [`bob@${'f'.repeat(250)}.com`, 'it is longer than 254 characters'],
  ])('rejects %s because %s', (address, problem) => {
    expect(emailAddressProblem(address)).toBe(problem);
  });
});

describe('validateMailbox', () => {
  it('treats an empty field as not typed yet', () => {
    expect(validateMailbox('  ')).toEqual({ status: 'empty' });
  });

  it('accepts an address, without the spaces around it', () => {
    expect(validateMailbox(' scanner@contoso.com ')).toEqual({
      status: 'valid',
      value: 'scanner@contoso.com',
    });
  });

  it.each([
    [
      'a name instead of an address',
      'Scanner',
      "'Scanner' is not an email address (there is no @). Type the address of the mailbox the app signs in as.",
    ],
    [
      'a control character',
      'scan\u0007ner@contoso.com',
      "'scan[U+0007]ner@contoso.com' is not an email address (it contains a control character (U+0007)). Type the address of the mailbox the app signs in as.",
    ],
  ])('refuses %s with a message', (_label, input, message) => {
    expect(validateMailbox(input)).toEqual({ status: 'invalid', message });
  });
});

describe('validateSenders', () => {
  it('reads one address per line', () => {
    expect(validateSenders('a@contoso.com\nb@fabrikam.com')).toEqual({
      addresses: ['a@contoso.com', 'b@fabrikam.com'],
      errors: [],
    });
  });

  it('tolerates commas, semicolons, surrounding spaces, blank lines and Windows line ends', () => {
    const input = '  a@contoso.com ;b@fabrikam.com,\r\n\r\n\t c@tailspintoys.com  \n\n';
    expect(validateSenders(input)).toEqual({
      addresses: ['a@contoso.com', 'b@fabrikam.com', 'c@tailspintoys.com'],
      errors: [],
    });
  });

  it('reads the address out of a "Name <address>" entry', () => {
    expect(validateSenders('Scanner <scanner@contoso.com>').addresses).toEqual([
      'scanner@contoso.com',
    ]);
  });

  it('drops repeated addresses, ignoring case, and keeps the first spelling', () => {
    expect(
      validateSenders('Bob@Fabrikam.com\nbob@fabrikam.com; BOB@FABRIKAM.COM').addresses,
    ).toEqual(['Bob@Fabrikam.com']);
  });

  it('returns nothing for an empty text area', () => {
    expect(validateSenders('')).toEqual({ addresses: [], errors: [] });
    expect(validateSenders(' \n \n')).toEqual({ addresses: [], errors: [] });
  });

  it('reports each entry that is not an address with its line, and keeps the valid ones', () => {
    const input = ['a@contoso.com', '', 'bob@', 'c@fabrikam.com, not an address', 'x@y'].join('\n');
    const check = validateSenders(input);
    expect(check.addresses).toEqual(['a@contoso.com', 'c@fabrikam.com']);
    expect(check.errors.map((error) => error.message)).toMatchInlineSnapshot(`
      [
        "line 3: 'bob@' is not an email address (nothing comes after the @).",
        "line 4: 'not an address' is not an email address (it contains a space).",
        "line 5: 'x@y' is not an email address (the domain after the @ needs a dot, as in contoso.com).",
      ]
    `);
    expect(check.errors.map((error) => [error.line, error.entry])).toEqual([
      [3, 'bob@'],
      [4, 'not an address'],
      [5, 'x@y'],
    ]);
  });

  it('counts every kind of line break when numbering lines', () => {
    const check = validateSenders('a@contoso.com\u2028b@\rc@\u2029d@');
    expect(check.errors.map((error) => error.line)).toEqual([2, 3, 4]);
  });

  it('names invisible characters in the message instead of printing them', () => {
    expect(validateSenders('bob\u0007@fabrikam.com').errors[0]?.message).toBe(
      "line 1: 'bob[U+0007]@fabrikam.com' is not an email address (it contains a control character (U+0007)).",
    );
  });

  it('shortens a very long entry in the message', () => {
    const message = validateSenders('x'.repeat(100)).errors[0]?.message ?? '';
    expect(message).toBe(`line 1: '${'x'.repeat(59)}…' is not an email address (there is no @).`);
  });

  it('only ever returns addresses without spaces, control characters or line breaks', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        'a',
        'b',
        '@',
        '.',
        'com',
        ' ',
        ',',
        ';',
        '\n',
        '\r',
        '\t',
        '\0',
        "'",
        '<',
        '>',
        '\u2028',
      ),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (input) => {
        for (const address of validateSenders(input).addresses) {
          expect(address).not.toMatch(/[\s\p{Cc}]/u);
          expect(address.split('@')).toHaveLength(2);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
