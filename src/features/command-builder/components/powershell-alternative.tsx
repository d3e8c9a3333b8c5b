import { useId, useState } from 'react';
import { DocContent } from '../../../components/doc/doc-content';
import { TextLink } from '../../../components/ui/text-link';
import type { FixBodyState } from '../../../hooks/use-fix-body';
import type { Answers } from '../../../content/model';
import { fixBodySteps } from '../lib/page-commands';
import { renderCommandBlock } from './command-block';
import { ariaDisabledUntilReady } from '../../../lib/controls-until-ready';

export interface PowerShellFixLink {
  fixId: string;
  /** The PowerShell fix page's path. */
  path: string;
  title: string;
  /** Its answers, which pick the `:::only` blocks it shows. */
  answers: Answers;
}

interface PowerShellAlternativeProps {
  fix: PowerShellFixLink;
  /** The PowerShell fix page's body, loading in the background. */
  body: FixBodyState;
}

/**
 * On a page reached with a console (new EAC, EAC, EMC …): the steps of the PowerShell fix for
 * the same answers, collapsed until asked for, with their commands filled in from the same
 * inputs. Nothing is copied from content into code: the steps come from that page's body.
 */
export function PowerShellAlternative({ fix, body }: PowerShellAlternativeProps) {
  const [open, setOpen] = useState(false);
  const untilReady = ariaDisabledUntilReady();
  const headingId = useId();
  const contentId = useId();

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id={headingId} className="text-xl font-semibold">
        <button
          type="button"
          {...untilReady}
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((isOpen) => !isOpen)}
          className="flex w-full items-center justify-between gap-3 rounded text-left"
        >
          Do it in PowerShell instead
          <span aria-hidden="true" className="text-2xl leading-none print:hidden">
            {open ? '−' : '+'}
          </span>
        </button>
      </h2>
      {/* Hidden only on screen while collapsed: a printed page keeps the commands. */}
      <div id={contentId} className={open ? 'mt-3' : 'mt-3 hidden print:block'}>
        <p className="text-sm text-slate-700 dark:text-slate-300 print:hidden">
          The same change from the page “{fix.title}”, with its commands filled in from what you
          typed under “Fill in the commands”.
        </p>
        {body.status === 'loading' && (
          <p className="mt-3 text-slate-600 dark:text-slate-400">Loading the PowerShell steps…</p>
        )}
        {body.status === 'failed' && (
          <div className="mt-3 rounded border border-amber-500 bg-amber-50 p-3 dark:bg-amber-950">
            <p>The PowerShell steps could not be loaded. Check your connection and try again.</p>
            <button
              type="button"
              onClick={body.retry}
              className="mt-2 rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800"
            >
              Try again
            </button>
          </div>
        )}
        {body.status === 'ready' && (
          <ol className="mt-3 space-y-3">
            {fixBodySteps(body.body).map((step) => (
              <li key={step.anchor} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-700 text-sm font-bold text-white dark:bg-slate-500"
                >
                  {step.number}
                </span>
                <div className="prose max-w-none min-w-0 flex-1">
                  <span className="sr-only">{`Step ${step.number}: `}</span>
                  <DocContent nodes={step.blocks} renderCommand={renderCommandBlock} />
                </div>
              </li>
            ))}
          </ol>
        )}
        <p className="mt-3">
          <TextLink to={fix.path}>Open the full PowerShell page</TextLink>, with how to verify, test
          and undo the change.
        </p>
      </div>
    </section>
  );
}
