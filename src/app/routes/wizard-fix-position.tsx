import { findPowerShellSibling } from '../../content/powershell-sibling';
import type { TreeContent } from '../../content/resolve-position';
import { FixPage } from '../../features/fix-page/components/fix-page';
import { Breadcrumb } from '../../features/wizard/components/breadcrumb';
import { roleSlugs } from '../../lib/paths';
import { PageTools } from './lazy-page-tools';
import {
  LazyFixCommandTools,
  LazyPrintedValues,
  preloadCommandBuilder,
  renderCommandBlock,
} from './lazy-command-builder';
import { renderSenderMessage, renderStillBouncingLink } from './wizard-fix-slots';
import type { PositionOf } from './wizard-position';

/** The PowerShell page beside a console fix page, for "Do it in PowerShell instead". */
function powerShellAlternative(content: TreeContent, position: PositionOf<'fix'>) {
  const sibling = findPowerShellSibling(content, position);
  return (
    sibling && {
      fixId: sibling.fix.id,
      path: sibling.path,
      title: sibling.fix.title,
      answers: sibling.answers,
    }
  );
}

/** A fix page with the app's tools in its slots: page and step links, commands, print header. */
export function renderFixPosition(content: TreeContent, position: PositionOf<'fix'>) {
  // Fix pages usually have commands: fetch the builder while the page's body loads.
  preloadCommandBuilder();
  const powerShell = powerShellAlternative(content, position);
  return (
    <FixPage
      fix={position.fix}
      trail={position.trail}
      answers={position.answers}
      header={<Breadcrumb trail={position.trail} path={position.path} />}
      renderActions={(summary) => <PageTools kind="fix" fix={summary} path={position.path} />}
      renderStepActions={(step) => (
        <PageTools
          kind="step"
          fixId={position.fix.id}
          path={position.path}
          number={step.number}
          anchor={step.anchor}
        />
      )}
      renderCommand={renderCommandBlock}
      renderLead={(body) =>
        // The sender's message is what a sender came for: it leads the page (decision 0025).
        position.answers.role === roleSlugs.sender &&
        renderSenderMessage(body.summary, position.answers)
      }
      renderTools={(body) => <LazyFixCommandTools body={body} powerShell={powerShell} />}
      toolsPlacement={powerShell ? 'after-steps' : 'before-steps'}
      renderPrintHeader={(body) => (
        <div className="hidden print:mt-2 print:block print:space-y-1">
          <PageTools kind="print-header" path={position.path} />
          <LazyPrintedValues body={body} />
        </div>
      )}
      renderAfterSection={
        position.answers.role === roleSlugs.admin
          ? renderStillBouncingLink(position.answers)
          : undefined
      }
    />
  );
}
