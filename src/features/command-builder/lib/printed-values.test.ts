import { describe, expect, it } from 'vitest';
import { PRINTED_BLANK, printedValueLines } from './printed-values';

describe('printedValueLines', () => {
  it('names each input shortly and gives its value, a list joined, or a blank to fill in', () => {
    expect(
      printedValueLines(['recipient', 'senders', 'internalGroup'], {
        recipient: 'All Staff',
        senders: ['a@fabrikam.com', 'b@tailspintoys.com'],
      }),
    ).toEqual([
      { name: 'recipient', label: 'Recipient', value: 'All Staff' },
      {
        name: 'senders',
        label: 'Outside senders to allow',
        value: 'a@fabrikam.com, b@tailspintoys.com',
      },
      {
        name: 'internalGroup',
        label: 'Group that holds everyone inside your organization',
        value: PRINTED_BLANK,
      },
    ]);
  });

  it('prints a blank for an empty value and nothing for a page without inputs', () => {
    expect(printedValueLines(['recipient'], { recipient: '' })[0]?.value).toBe(PRINTED_BLANK);
    expect(printedValueLines([], { recipient: 'x' })).toEqual([]);
  });
});
