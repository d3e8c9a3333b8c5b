import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMinuteClock, TICK_MS } from './minute-clock';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('the minute clock', () => {
  it('ticks every listener once a minute, with one timer for all of them', () => {
    const clock = createMinuteClock();
    const first = vi.fn();
    const second = vi.fn();
    clock.subscribe(first);
    clock.subscribe(second);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(TICK_MS);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(clock.now()).toBe(1_000_000 + TICK_MS);
  });

  it('reads the same time between ticks', () => {
    const clock = createMinuteClock();
    clock.subscribe(() => {});
    vi.advanceTimersByTime(TICK_MS - 1);
    expect(clock.now()).toBe(1_000_000);
  });

  it('stops its timer when the last listener leaves', () => {
    const clock = createMinuteClock();
    const leaveFirst = clock.subscribe(() => {});
    const leaveSecond = clock.subscribe(() => {});
    leaveFirst();
    expect(vi.getTimerCount()).toBe(1);
    leaveSecond();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('catches up when someone listens again after a long pause', () => {
    const clock = createMinuteClock();
    clock.subscribe(() => {})();
    vi.setSystemTime(1_000_000 + 5 * TICK_MS);
    const listener = vi.fn();
    clock.subscribe(listener);
    expect(clock.now()).toBe(1_000_000 + 5 * TICK_MS);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
