import { describe, expect, it } from 'vitest';
import { lexTemplate } from './template-lexer';

const statesOf = (template: string) =>
  lexTemplate(template).placeholders.map(({ name, state }) => `${name}:${state}`);

describe('lexTemplate', () => {
  it('finds each placeholder with its offsets', () => {
    expect(lexTemplate('Set-Mailbox -Identity {{recipient}} -X $true')).toEqual({
      placeholders: [{ name: 'recipient', start: 22, end: 35, state: 'code' }],
      endState: 'code',
    });
  });

  it('knows a placeholder in single quotes, with a doubled quote inside the string', () => {
    expect(statesOf("Write-Host 'it''s {{recipient}}' {{sender}}")).toEqual([
      'recipient:single',
      'sender:code',
    ]);
  });

  it('knows double quotes, typographic ones too, and a backtick-escaped quote', () => {
    expect(statesOf('Write-Host "a`"b {{recipient}}" “{{sender}}” {{mailbox}}')).toEqual([
      'recipient:double',
      'sender:double',
      'mailbox:code',
    ]);
  });

  it('knows here-strings, which end only with the quote and @ at the start of a line', () => {
    const template = "$x = @'\n{{recipient}} '@ not yet\n'@\n{{sender}}";
    expect(statesOf(template)).toEqual(['recipient:here-single', 'sender:code']);
  });

  it('knows line and block comments, and a # inside a word is not a comment', () => {
    expect(statesOf('a#b {{recipient}} # {{sender}}\n<# {{mailbox}} #> {{internalGroup}}')).toEqual(
      ['recipient:code', 'sender:comment', 'mailbox:block-comment', 'internalGroup:code'],
    );
  });

  it('ends in the state of an unclosed string', () => {
    expect(lexTemplate("Set-Mailbox 'open").endState).toBe('single');
    expect(lexTemplate('Get-Mailbox # comment').endState).toBe('comment');
  });
});
