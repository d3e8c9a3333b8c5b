import { useMemo } from 'react';
import { useAppStore } from '../../../store/app-store';
import { checkCommandInputs, type CommandInputChecks } from '../lib/command-inputs';

/** What the admin typed, checked: the values to fill in and the messages per input. */
export function useCommandInputChecks(): CommandInputChecks {
  const inputs = useAppStore((state) => state.commandInputs);
  return useMemo(() => checkCommandInputs(inputs), [inputs]);
}
