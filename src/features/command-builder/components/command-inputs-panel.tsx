import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../../../store/app-store';
import {
  adoptUntypedInputs,
  inputScopeForPath,
  pageInputsExpireAt,
  UNTYPED,
} from '../../../store/command-inputs';
import { commandsIn, inputsForCommands, type CommandNode } from '../lib/page-commands';
import type { DocNode } from '../../../content/model';
import { ariaDisabledUntilReady } from '../../../lib/controls-until-ready';
import { useClock, usePageInputs } from '../hooks/use-page-inputs';
import { CommandInputField } from './command-input-field';

interface CommandInputsPanelProps {
  /** The commands the inputs are for; only the inputs they use are asked for, if any. */
  commands: readonly CommandNode[];
  /** Inside a "not sure?" help box: the fields only, without the heading and the intro. */
  compact?: boolean;
}

/**
 * The values the page's commands need, typed once. They live in the store, so every command on
 * the page (and on the next fix page for the same kind of recipient) fills in as the admin types.
 */
export function CommandInputsPanel({ commands, compact = false }: CommandInputsPanelProps) {
  const inputs = inputsForCommands(commands);
  const headingId = useId();
  const updateCommandInputs = useAppStore((state) => state.updateCommandInputs);
  const [cleared, setCleared] = useState('');
  const untilReady = ariaDisabledUntilReady();
  const keptUntil = useAdoptedInputs();
  if (inputs.length === 0) return null;

  const fields = inputs.map((name) => (
    <CommandInputField key={name} name={name} onChange={() => setCleared('')} />
  ));
  if (compact) return <div className="not-prose space-y-3">{fields}</div>;

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-blue-200 bg-blue-50 p-4 dark:border-sky-900 dark:bg-slate-900 print:hidden"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <h2 id={headingId} className="text-xl font-semibold">
          Fill in the commands
        </h2>
        <button
          type="button"
          {...untilReady}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          onClick={() => {
            updateCommandInputs(() => ({}));
            setCleared('Cleared what you typed. The commands show their placeholders again.');
          }}
        >
          Clear what you typed
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Type these once: every PowerShell command on this page fills in as you type, safely quoted.
        What you type stays in this browser, for the other fix pages about this kind of recipient;
        it is never sent anywhere.{keptUntil && ` Kept on this device until ${keptUntil}.`}
      </p>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {cleared}
      </p>
      {/* Side by side from small screens up, a list beside the single values, so the steps
      start on the first screen (decision 0022). */}
      <div className={`mt-3 grid gap-4 ${inputs.length > 1 ? 'sm:grid-cols-2' : ''}`}>{fields}</div>
    </section>
  );
}

/** The inputs for the commands in a piece of content, such as a question's "not sure?" help. */
export function CommandInputsFor({ nodes }: { nodes: readonly DocNode[] }) {
  return <CommandInputsPanel compact commands={commandsIn(nodes)} />;
}

/**
 * Hands this page the values typed where the recipient type was not known yet (moving them, so no
 * other type gets them), and says until when what the page shows is kept.
 */
function useAdoptedInputs(): string | undefined {
  const { pathname, inputs } = usePageInputs();
  const stored = useAppStore((state) => state.commandInputs);
  const updateCommandInputs = useAppStore((state) => state.updateCommandInputs);
  const now = useClock();
  const typed = inputScopeForPath(pathname) !== UNTYPED;
  const toAdopt = typed && Object.values(inputs).some((input) => input.page !== pathname);
  useEffect(() => {
    if (!toAdopt) return;
    updateCommandInputs((current) => {
      const adopted = adoptUntypedInputs(current, pathname, Date.now());
      return JSON.stringify(adopted) === JSON.stringify(current) ? current : adopted;
    });
  }, [toAdopt, pathname, updateCommandInputs]);
  const expires =
    Object.keys(inputs).length > 0 ? pageInputsExpireAt(stored, pathname, now) : undefined;
  return expires === undefined ? undefined : clockTime(expires, now);
}

/** "18:30", or "Thu 02:30" when that is not today. */
function clockTime(at: number, now: number): string {
  const time = new Date(at);
  const sameDay = time.toDateString() === new Date(now).toDateString();
  return time.toLocaleString(undefined, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}
