import { describe, expect, it } from 'vitest';
import { readScopedInputs, withInput } from './command-inputs.ts';
import { migratePersistedState, sanitizePersistedState } from './persisted-state.ts';

describe('sanitizePersistedState', () => {
  it('keeps valid inputs and progress', () => {
    const state = {
      commandInputs: { recipient: 'Sales' },
      progress: { 'a-fix': { done: [1, 3], path: '/admin/x', updatedAt: 5 } },
    };
    expect(sanitizePersistedState(state)).toEqual(state);
  });

  it.each([null, 'garbage', 42, [], { commandInputs: 'x', progress: [1, 2] }])(
    'turns corrupted data (%j) into an empty state',
    (value) => {
      expect(sanitizePersistedState(value)).toEqual({ commandInputs: {}, progress: {} });
    },
  );

  it('drops malformed entries but keeps the good ones', () => {
    const state = {
      commandInputs: { recipient: 'Sales', senders: 42 },
      progress: {
        good: { done: [2, 'x', -1, 1.5], path: '/sender', updatedAt: 'then' },
        noPath: { done: [1] },
        badPath: { done: [1], path: 'javascript:alert(1)' },
      },
    };
    expect(sanitizePersistedState(state)).toEqual({
      // Typed inputs are checked entry by entry when read (command-inputs.ts).
      commandInputs: { recipient: 'Sales', senders: 42 },
      progress: { good: { done: [2], path: '/sender', updatedAt: 0 } },
    });
  });

  it('keeps progress from version 1; its typed values are never read as scoped values', () => {
    const progress = { 'a-fix': { done: [1], path: '/admin/x', updatedAt: 5 } };
    const migrated = migratePersistedState(
      { commandInputs: { recipient: 'All Staff' }, progress },
      1,
    );
    expect(migrated.progress).toEqual(progress);
    expect(readScopedInputs(migrated.commandInputs, Date.now())).toEqual({});
    const written = withInput(migrated.commandInputs, '/admin/x', 'recipient', 'Sales', Date.now());
    expect(Object.keys(written)).toEqual(['x']);
  });
});
