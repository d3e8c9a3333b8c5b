import { useMemo, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { useAppStore } from '../../../store/app-store';
import { inputsForPage, type StoredInput } from '../../../store/command-inputs';
import { createMinuteClock } from '../lib/minute-clock';

export interface PageInputs {
  /** The page's app path: the scope of what is typed here (its recipient type). */
  pathname: string;
  /** The stored inputs this page uses (its recipient type's, unexpired). */
  inputs: Readonly<Record<string, StoredInput>>;
}

/** What the admin typed, as this page may use it (never another recipient type's values). */
export function usePageInputs(): PageInputs {
  const { pathname } = useLocation();
  const stored = useAppStore((state) => state.commandInputs);
  const now = useClock();
  return useMemo(
    () => ({ pathname, inputs: inputsForPage(stored, pathname, now) }),
    [stored, pathname, now],
  );
}

const minuteClock = createMinuteClock();

/** The time, updated every minute, so kept values expire on a page left open overnight too. */
export function useClock(): number {
  return useSyncExternalStore(minuteClock.subscribe, minuteClock.now, minuteClock.now);
}
