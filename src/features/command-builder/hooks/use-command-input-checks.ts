import { useMemo } from 'react';
import { checkCommandInputs, type CommandInputChecks } from '../lib/command-inputs';
import { usePageInputs } from './use-page-inputs';

/** What the admin typed for this page, checked: the values to fill in and the messages per input. */
export function useCommandInputChecks(): CommandInputChecks {
  const { inputs } = usePageInputs();
  return useMemo(
    () =>
      checkCommandInputs(
        Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value])),
      ),
    [inputs],
  );
}
