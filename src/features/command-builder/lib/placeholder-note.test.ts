import { describe, expect, it } from 'vitest';
import { fillCommandTemplate } from './fill-command-template';
import { copyRefusal, joinWords, placeholderNote } from './placeholder-note';

const template =
  'New-MailContact -Name {{sender}}\nSet-DistributionGroup -Identity {{recipient}} @{Add={{senders}}}';

describe('the note under a command with placeholders', () => {
  it('names each placeholder once and asks for its input', () => {
    expect(placeholderNote(fillCommandTemplate(template, {}), {})).toEqual({
      placeholders: ['<sender>', '<recipient>', '<senders>'],
      action: 'type the outside senders and the recipient',
      inputs: ['senders', 'recipient'],
    });
  });

  it('asks to correct an input that has a problem', () => {
    expect(
      placeholderNote(fillCommandTemplate(template, { senders: ['a@fabrikam.com'] }), {
        recipient: ['The recipient contains a line break.'],
      }),
    ).toEqual({
      placeholders: ['<recipient>'],
      action: 'correct the recipient',
      inputs: ['recipient'],
    });
    expect(
      placeholderNote(fillCommandTemplate(template, {}), {
        senders: ["line 1: 'bob@' is not an email address (nothing comes after the @)."],
      })?.action,
    ).toBe('correct the outside senders and type the recipient');
  });

  it('sends Copy to the wrong input first', () => {
    expect(
      placeholderNote(fillCommandTemplate(template, {}), { recipient: ['Has a line break.'] })
        ?.inputs,
    ).toEqual(['recipient', 'senders']);
  });

  it('says what to type before a command can be copied', () => {
    const change = 'Set-DistributionGroup -Identity {{recipient}}';
    const note = placeholderNote(fillCommandTemplate(change, {}), {});
    expect(note && copyRefusal(note)).toBe(
      'Type the recipient first: the command still shows <recipient>.',
    );
    const both = placeholderNote(fillCommandTemplate(template, {}), {
      senders: ['line 1: bad.'],
    });
    expect(both && copyRefusal(both)).toBe(
      'Correct the outside senders and type the recipient first: the command still shows <sender>, <recipient> and <senders>.',
    );
    expect(copyRefusal({ placeholders: ['<x>'], action: '', inputs: [] })).toBe(
      'Fill in the command first: the command still shows <x>.',
    );
  });

  it('has nothing to say once every placeholder is filled', () => {
    expect(
      placeholderNote(
        fillCommandTemplate(template, { recipient: 'Sales', senders: ['a@fabrikam.com'] }),
        {},
      ),
    ).toBeUndefined();
  });

  it('joins words as a sentence would', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
