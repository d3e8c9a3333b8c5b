import { describe, expect, it } from 'vitest';
import { changeAnswerState, changeFromState } from './change-state';

describe('change-state', () => {
  it('reads back the path a change link carries', () => {
    expect(changeFromState(changeAnswerState('/admin/mail-user'))).toBe('/admin/mail-user');
  });

  it('ignores any other history state', () => {
    for (const state of [
      null,
      undefined,
      'x',
      3,
      {},
      { changeAnswerFrom: 7 },
      { changeAnswerFrom: 'http://evil' },
    ]) {
      expect(changeFromState(state)).toBeUndefined();
    }
  });
});
