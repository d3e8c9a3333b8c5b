// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_KEY, useAppStore } from './app-store';

const initialState = useAppStore.getState();

// Test files share a worker (isolate: false): another file's writes may still be in storage.
beforeEach(() => localStorage.clear());
afterEach(() => {
  useAppStore.setState(initialState, true);
  localStorage.clear();
});

describe('app store rehydration', () => {
  it('keeps the same state object, and tells no subscriber, when nothing is stored', async () => {
    const before = useAppStore.getState();
    const listener = vi.fn();
    const unsubscribe = useAppStore.subscribe(listener);
    await useAppStore.persist.rehydrate();
    unsubscribe();
    expect(useAppStore.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('reads what is stored, dropping what is malformed', async () => {
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({
        state: {
          commandInputs: {},
          progress: { 'some-fix': { done: [2, 'x', 0], path: '/admin/x', updatedAt: 5 } },
        },
        version: 2,
      }),
    );
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().progress).toEqual({
      'some-fix': { done: [2], path: '/admin/x', updatedAt: 5 },
    });
  });
});
