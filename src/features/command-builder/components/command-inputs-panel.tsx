import { useId, useState } from 'react';
import { COMMAND_PLACEHOLDERS } from '../../../content/command-placeholders';
import { useAppStore } from '../../../store/app-store';
import { useCommandInputChecks } from '../hooks/use-command-input-checks';
import {
  commandsIn,
  inputsForCommands,
  type CommandInputName,
  type CommandNode,
} from '../lib/page-commands';
import type { DocNode } from '../../../content/model';
import { useAppIsLive } from '../../../hooks/use-app-is-live';

interface CommandInputsPanelProps {
  /** The commands the inputs are for; only the inputs they use are asked for, if any. */
  commands: readonly CommandNode[];
  /** Inside a "not sure?" help box: the fields only, without the heading and the intro. */
  compact?: boolean;
}

/** At most this many messages per input; a pasted list of 200 bad lines needs no 200 messages. */
const MAX_MESSAGES = 8;

const fieldClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:aria-invalid:border-red-400';

/**
 * The values the page's commands need, typed once. They live in the store, so every command on
 * the page (and on the next fix page) fills in as the admin types.
 */
export function CommandInputsPanel({ commands, compact = false }: CommandInputsPanelProps) {
  const inputs = inputsForCommands(commands);
  const headingId = useId();
  const clearCommandInputs = useAppStore((state) => state.clearCommandInputs);
  const [cleared, setCleared] = useState('');
  const live = useAppIsLive();
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
          disabled={!live}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          onClick={() => {
            clearCommandInputs();
            setCleared('Cleared what you typed. The commands show their placeholders again.');
          }}
        >
          Clear what you typed
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Type these once: every PowerShell command on this page fills in as you type, safely quoted.
        What you type stays in this browser, for the other fix pages too; it is never sent anywhere.
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

function CommandInputField({ name, onChange }: { name: CommandInputName; onChange: () => void }) {
  const id = useId();
  const value = useAppStore((state) =>
    Object.hasOwn(state.commandInputs, name) ? (state.commandInputs[name] ?? '') : '',
  );
  const setCommandInput = useAppStore((state) => state.setCommandInput);
  const problems = useCommandInputChecks().problems[name] ?? [];
  const { label, hint, kind } = COMMAND_PLACEHOLDERS[name];
  const live = useAppIsLive();
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const shown = problems.slice(0, MAX_MESSAGES);
  const hidden = problems.length - shown.length;

  const fieldProps = {
    id,
    name,
    value,
    disabled: !live,
    autoComplete: 'off',
    autoCapitalize: 'none',
    spellCheck: false,
    'aria-invalid': problems.length > 0 ? true : undefined,
    'aria-describedby': problems.length > 0 ? `${hintId} ${problemsId}` : hintId,
    className: fieldClass,
  } as const;
  const update = (text: string) => {
    setCommandInput(name, text);
    onChange();
  };

  return (
    <div className={kind === 'list' ? 'sm:row-span-2' : undefined}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {kind === 'list' ? (
        <textarea {...fieldProps} rows={4} onChange={(event) => update(event.target.value)} />
      ) : (
        <input {...fieldProps} type="text" onChange={(event) => update(event.target.value)} />
      )}
      <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      {problems.length > 0 && (
        <div id={problemsId} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          <ul className="space-y-0.5">
            {shown.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
            {hidden > 0 && <li>{`…and ${hidden} more.`}</li>}
          </ul>
          <p className="mt-1 font-normal text-slate-700 dark:text-slate-300">
            The commands keep the placeholder until this is corrected.
          </p>
        </div>
      )}
    </div>
  );
}
