import { useId } from 'react';
import { COMMAND_PLACEHOLDERS } from '../../../content/command-placeholders';
import { useAppStore } from '../../../store/app-store';
import { inputOrigin, withInput, type StoredInput } from '../../../store/command-inputs';
import { disabledUntilReady } from '../../../lib/controls-until-ready';
import { useCommandInputChecks } from '../hooks/use-command-input-checks';
import { usePageInputs } from '../hooks/use-page-inputs';
import type { CommandInputName } from '../lib/page-commands';

/** At most this many messages per input; a pasted list of 200 bad lines needs no 200 messages. */
const MAX_MESSAGES = 8;
/** How much of a carried-over value the "from earlier" line repeats. */
const MAX_SHOWN = 80;

const fieldClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:aria-invalid:border-red-400';
const smallButtonClass =
  'rounded border border-slate-400 bg-white px-2 py-0.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/** Moves the focus to the builder's field for `name`, if the page shows one. */
export function focusCommandInput(name: CommandInputName): void {
  const field = document.querySelector<HTMLElement>(`[data-command-input="${name}"]`);
  field?.focus();
}

/** One input of the builder, with its checks and, for a value typed elsewhere, where it came from. */
export function CommandInputField({
  name,
  onChange,
}: {
  name: CommandInputName;
  onChange: () => void;
}) {
  const id = useId();
  const { pathname, inputs } = usePageInputs();
  const stored = Object.hasOwn(inputs, name) ? inputs[name] : undefined;
  const updateCommandInputs = useAppStore((state) => state.updateCommandInputs);
  const problems = useCommandInputChecks().problems[name] ?? [];
  const { label, hint, kind } = COMMAND_PLACEHOLDERS[name];
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const originId = `${id}-origin`;
  const origin = inputOrigin(stored, pathname);
  const update = (text: string) => {
    updateCommandInputs((current) => withInput(current, pathname, name, text, Date.now()));
    onChange();
  };

  const fieldProps = {
    id,
    name,
    value: stored?.value ?? '',
    ...disabledUntilReady(),
    autoComplete: 'off',
    autoCapitalize: 'none',
    spellCheck: false,
    'data-command-input': name,
    'aria-invalid': problems.length > 0 ? true : undefined,
    'aria-describedby': [
      hintId,
      origin === 'here' ? '' : originId,
      problems.length > 0 ? problemsId : '',
    ]
      .filter(Boolean)
      .join(' '),
    className: fieldClass,
  } as const;

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
      {stored && origin !== 'here' && (
        <CarriedOver
          id={originId}
          input={stored}
          origin={origin}
          noun={COMMAND_PLACEHOLDERS[name].noun}
          onChange={() => document.getElementById(id)?.focus()}
          onClear={() => {
            update('');
            document.getElementById(id)?.focus();
          }}
        />
      )}
      <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      {problems.length > 0 && <Problems id={problemsId} problems={problems} />}
    </div>
  );
}

interface CarriedOverProps {
  id: string;
  input: StoredInput;
  origin: 'earlier' | 'bounce';
  noun: string;
  onChange: () => void;
  onClear: () => void;
}

/** "From earlier: All Staff — Change · Clear": a value this page did not get typed on it. */
function CarriedOver({ id, input, origin, noun, onChange, onClear }: CarriedOverProps) {
  const shown =
    input.value.length > MAX_SHOWN ? `${input.value.slice(0, MAX_SHOWN)}…` : input.value;
  return (
    <div
      className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 rounded border border-amber-400 bg-amber-50 px-2 py-1 text-sm text-slate-800 dark:border-amber-700 dark:bg-slate-950 dark:text-slate-200"
      data-origin={origin}
    >
      <p id={id} className="min-w-0 break-all">
        <strong>{origin === 'bounce' ? 'From the bounce:' : 'From earlier:'}</strong>{' '}
        <span className="font-mono">{shown.replace(/\s+/g, ' ')}</span>
        {origin === 'bounce' ? ' (the analyzer found it)' : ' (typed on another page)'}
      </p>
      <button
        type="button"
        className={smallButtonClass}
        aria-label={`Change ${noun}`}
        onClick={onChange}
      >
        Change
      </button>
      <button
        type="button"
        className={smallButtonClass}
        aria-label={`Clear ${noun}`}
        onClick={onClear}
      >
        Clear
      </button>
    </div>
  );
}

function Problems({ id, problems }: { id: string; problems: readonly string[] }) {
  const shown = problems.slice(0, MAX_MESSAGES);
  const hidden = problems.length - shown.length;
  return (
    <div id={id} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
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
  );
}
