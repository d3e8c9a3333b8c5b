import type { FixBody } from '../../../content/model';
import { useFixBody, type FixBodyState } from '../../../hooks/use-fix-body';
import { fixBodyForAnswers } from '../../../content/only-blocks';
import { commandsIn, fixBodyCommands, fixBodySteps } from '../lib/page-commands';
import { CommandInputsPanel } from './command-inputs-panel';
import { PowerShellAlternative, type PowerShellFixLink } from './powershell-alternative';

interface FixCommandToolsProps {
  /** The page's body, resolved for its answers (no `:::only` block left). */
  body: FixBody;
  /** On a console fix page: the PowerShell fix for the same answers, offered as an aside. */
  powerShell?: PowerShellFixLink;
}

/**
 * What the command builder adds to a fix page, above its sections: the inputs its commands use
 * and, on a console page, "do it in PowerShell instead".
 */
export function FixCommandTools({ body, powerShell }: FixCommandToolsProps) {
  if (!powerShell) return <CommandInputsPanel commands={fixBodyCommands(body)} />;
  return <WithPowerShell key={powerShell.fixId} body={body} powerShell={powerShell} />;
}

function WithPowerShell({ body, powerShell }: Required<FixCommandToolsProps>) {
  const loaded = useFixBody(powerShell.fixId);
  // The sibling shows the blocks of its own answers (the same ones, with the PowerShell tool).
  const sibling: FixBodyState =
    loaded.status === 'ready'
      ? { status: 'ready', body: fixBodyForAnswers(loaded.body, powerShell.answers) }
      : loaded;
  const siblingCommands =
    sibling.status === 'ready'
      ? fixBodySteps(sibling.body).flatMap((step) => commandsIn(step.blocks))
      : [];
  return (
    <div className="space-y-4">
      <CommandInputsPanel commands={[...fixBodyCommands(body), ...siblingCommands]} />
      <PowerShellAlternative fix={powerShell} body={sibling} />
    </div>
  );
}
