import { describe, expect, it } from 'vitest';
import {
  adoptUntypedInputs,
  INPUT_LIFETIME_MS,
  inputOrigin,
  inputScopeForPath,
  inputsForPage,
  pageInputsExpireAt,
  readScopedInputs,
  UNTYPED,
  withBounceRecipient,
  withInput,
} from './command-inputs.ts';

const NOW = 1_800_000_000_000;
const GROUP = '/admin/distribution-group/exchange-online/allowed-senders/powershell';
const GROUP_EAC = '/admin/distribution-group/exchange-online/allowed-senders/new-eac';
const SHARED = '/admin/shared-mailbox/exchange-online/allow-everyone/powershell';

describe('the scope of a page: its recipient type', () => {
  it.each([
    [GROUP, 'distribution-group'],
    ['/admin/shared-mailbox', 'shared-mailbox'],
    ['/still-bouncing/exchange-online/mail-user/still-5-7-133', 'mail-user'],
    ['/admin', UNTYPED],
    ['/admin/', UNTYPED],
    ['/sender/authentication-required', UNTYPED],
    ['/app/exchange-online/sign-in', UNTYPED],
    ['/still-bouncing/exchange-online', UNTYPED],
    ['/admin/<img src=x>', UNTYPED],
  ])('%s → %s', (path, scope) => {
    expect(inputScopeForPath(path)).toBe(scope);
  });
});

describe('typed values', () => {
  it('are never read on a page of another recipient type', () => {
    const stored = withInput({}, GROUP, 'recipient', 'All Staff', NOW);
    expect(inputsForPage(stored, SHARED, NOW)).toEqual({});
    expect(inputsForPage(stored, GROUP_EAC, NOW).recipient?.value).toBe('All Staff');
  });

  it('say where they were typed, so another page marks them "from earlier"', () => {
    const stored = withInput({}, GROUP, 'recipient', 'All Staff', NOW);
    expect(inputOrigin(inputsForPage(stored, GROUP, NOW).recipient, GROUP)).toBe('here');
    expect(inputOrigin(inputsForPage(stored, GROUP, NOW).recipient, `${GROUP}/`)).toBe('here');
    expect(inputOrigin(inputsForPage(stored, GROUP_EAC, NOW).recipient, GROUP_EAC)).toBe('earlier');
    expect(inputOrigin(undefined, GROUP)).toBe('here');
  });

  it('expire eight hours after the last change to their recipient type', () => {
    let stored = withInput({}, GROUP, 'recipient', 'All Staff', NOW);
    stored = withInput(stored, GROUP, 'senders', 'a@fabrikam.com', NOW + 60_000);
    expect(pageInputsExpireAt(stored, GROUP, NOW)).toBe(NOW + 60_000 + INPUT_LIFETIME_MS);
    expect(inputsForPage(stored, GROUP, NOW + INPUT_LIFETIME_MS).recipient?.value).toBe(
      'All Staff',
    );
    expect(inputsForPage(stored, GROUP, NOW + 60_000 + INPUT_LIFETIME_MS)).toEqual({});
    expect(pageInputsExpireAt(stored, SHARED, NOW)).toBeUndefined();
  });

  it('are removed when emptied, and the scope with them', () => {
    const stored = withInput({}, GROUP, 'recipient', 'All Staff', NOW);
    expect(withInput(stored, GROUP_EAC, 'recipient', '', NOW)).toEqual({});
  });
});

describe('values typed where the recipient type is not known yet', () => {
  it('go to the first recipient type that uses them, and to no other', () => {
    const typedOnSenderPage = withInput({}, '/sender/x', 'recipient', 'sales@contoso.com', NOW);
    expect(inputsForPage(typedOnSenderPage, GROUP, NOW).recipient?.value).toBe('sales@contoso.com');
    const adopted = adoptUntypedInputs(typedOnSenderPage, GROUP, NOW);
    expect(inputsForPage(adopted, GROUP_EAC, NOW).recipient).toEqual({
      value: 'sales@contoso.com',
      page: '/sender/x',
      from: 'typed',
    });
    expect(inputsForPage(adopted, SHARED, NOW)).toEqual({});
    expect(inputsForPage(adopted, '/sender/x', NOW)).toEqual({});
  });

  it('never replace what the type has of its own', () => {
    let stored = withInput({}, GROUP, 'recipient', 'All Staff', NOW);
    stored = withInput(stored, '/admin', 'recipient', 'other@contoso.com', NOW);
    expect(inputsForPage(stored, GROUP, NOW).recipient?.value).toBe('All Staff');
    const adopted = adoptUntypedInputs(stored, GROUP, NOW);
    expect(inputsForPage(adopted, GROUP, NOW).recipient?.value).toBe('All Staff');
    expect(inputsForPage(adopted, '/admin', NOW).recipient?.value).toBe('other@contoso.com');
  });
});

describe('the analyzer handoff', () => {
  it('marks the recipient "from the bounce" for the page the link leads to, as text', () => {
    for (const hostile of ["x'; Remove-Mailbox -Identity y #", '<img src=x onerror=alert(1)>']) {
      const stored = withBounceRecipient({}, GROUP, `  ${hostile}\n`, NOW);
      const input = inputsForPage(stored, GROUP_EAC, NOW).recipient;
      expect(input).toEqual({ value: hostile, page: GROUP, from: 'bounce' });
      expect(inputOrigin(input, GROUP)).toBe('bounce');
      expect(inputsForPage(stored, SHARED, NOW)).toEqual({});
    }
  });

  it('replaces a recipient typed earlier for the same type, and ignores an empty one', () => {
    const stored = withInput({}, GROUP, 'recipient', 'Old ticket', NOW);
    expect(withBounceRecipient(stored, GROUP, '  ', NOW)).toEqual(stored);
    const handed = withBounceRecipient(stored, GROUP, 'allstaff@contoso.com', NOW);
    expect(inputsForPage(handed, GROUP, NOW).recipient?.value).toBe('allstaff@contoso.com');
  });

  it('follows the wizard when the bounce does not say the recipient type', () => {
    const stored = withBounceRecipient({}, '/admin', 'allstaff@contoso.com', NOW);
    const adopted = adoptUntypedInputs(stored, GROUP, NOW);
    expect(inputOrigin(inputsForPage(adopted, GROUP, NOW).recipient, GROUP)).toBe('bounce');
  });
});

describe('stored data is untrusted', () => {
  const good = { at: NOW, inputs: { recipient: { value: 'Sales', page: GROUP, from: 'typed' } } };

  it.each([
    ['version 1 (flat strings)', { recipient: 'Sales', senders: 'a@fabrikam.com' }],
    ['not an object', 'garbage'],
    ['a list', [1, 2]],
    ['no time', { 'distribution-group': { inputs: good.inputs } }],
    ['a time in the past', { 'distribution-group': { ...good, at: NOW - INPUT_LIFETIME_MS - 1 } }],
    ['a time far ahead', { 'distribution-group': { ...good, at: NOW + INPUT_LIFETIME_MS } }],
    ['a time that is not a number', { 'distribution-group': { ...good, at: '1' } }],
    ['NaN', { 'distribution-group': { ...good, at: Number.NaN } }],
    [
      'a value that is not text',
      { 'distribution-group': { at: NOW, inputs: { recipient: { value: 42, page: GROUP } } } },
    ],
    [
      'a page that is not a path',
      {
        'distribution-group': {
          at: NOW,
          inputs: { recipient: { value: 'x', page: 'javascript:alert(1)' } },
        },
      },
    ],
    [
      'a value too long',
      {
        'distribution-group': {
          at: NOW,
          inputs: { recipient: { value: 'x'.repeat(10_001), page: GROUP } },
        },
      },
    ],
  ])('%s gives nothing', (_what, raw) => {
    expect(readScopedInputs(raw, NOW)).toEqual({});
    expect(inputsForPage(raw, GROUP, NOW)).toEqual({});
  });

  it('keeps what is valid, and reads an unknown source as typed', () => {
    const raw = {
      'distribution-group': {
        at: NOW,
        inputs: { ...good.inputs, senders: { value: 'a@fabrikam.com', page: GROUP, from: 'x' } },
      },
    };
    expect(inputsForPage(raw, GROUP, NOW).senders?.from).toBe('typed');
    expect(inputsForPage(raw, GROUP, NOW).recipient?.value).toBe('Sales');
  });
});
