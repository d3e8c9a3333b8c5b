import type { FixBody } from '../../../content/model';
import { useCommandInputChecks } from '../hooks/use-command-input-checks';
import { fixBodyCommands, inputsForCommands } from '../lib/page-commands';
import { printedValueLines } from '../lib/printed-values';

/**
 * On paper only: the values the page's commands were filled in with, or a blank line to write
 * each in by hand ("Recipient: ________"), so a printout carries what it was made for.
 */
export function PrintedValues({ body }: { body: FixBody }) {
  const { values } = useCommandInputChecks();
  const lines = printedValueLines(inputsForCommands(fixBodyCommands(body)), values);
  if (lines.length === 0) return null;
  return (
    <dl className="hidden text-sm print:block">
      {lines.map(({ name, label, value }) => (
        <div key={name} className="flex gap-2">
          <dt className="font-semibold">{label}:</dt>
          <dd className="font-mono">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
