import { describe, expect, it } from 'vitest';
import { localDay } from './local-day';

describe('localDay', () => {
  it.each([
    [new Date(2026, 11, 4, 23, 59), '2026-12-04'],
    [new Date(2027, 0, 1, 0, 0), '2027-01-01'],
  ])('writes %s as %s, in local time', (date, expected) => {
    expect(localDay(date)).toBe(expected);
  });
});
