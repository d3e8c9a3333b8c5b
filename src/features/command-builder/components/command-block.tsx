import { Fragment, useId, useMemo, useRef, type ReactNode } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { useCommandInputChecks } from '../hooks/use-command-input-checks';
import {
  commandText,
  fillCommandTemplate,
  type CommandSegment,
} from '../lib/fill-command-template';
import { FILLED_LANGUAGE, type CommandNode } from '../lib/page-commands';
import { copyRefusal, placeholderNote, type PlaceholderNote } from '../lib/placeholder-note';
import { focusCommandInput } from './command-input-field';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  powershell: 'PowerShell',
  text: 'Text',
};

function languageName(language: string): string {
  return Object.hasOwn(LANGUAGE_NAMES, language) ? (LANGUAGE_NAMES[language] as string) : language;
}

/**
 * One command from the content, filled in live with what the admin typed (PowerShell blocks
 * only), with a copy button that copies exactly the text shown. Values not typed yet (or not
 * valid) stay visible placeholders such as `<recipient>`, explained under the block; Copy then
 * refuses, says what to type and moves the focus there.
 */
export function CommandBlock({ command }: { command: CommandNode }) {
  const { values, problems } = useCommandInputChecks();
  const filled = command.language === FILLED_LANGUAGE;
  const segments = useMemo<CommandSegment[]>(
    () =>
      filled
        ? fillCommandTemplate(command.template, values)
        : [{ kind: 'text', text: command.template }],
    [filled, command.template, values],
  );
  const note = placeholderNote(segments, problems);
  const codeRef = useRef<HTMLPreElement>(null);
  const noteId = useId();

  return (
    <figure className="not-prose my-4 min-w-0 overflow-hidden rounded-lg border border-slate-300 dark:border-slate-600 print:break-inside-avoid">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 bg-slate-100 px-3 py-1.5 dark:border-slate-600 dark:bg-slate-800">
        <figcaption className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
          {languageName(command.language)}
        </figcaption>
        <CopyButton
          text={commandText(segments)}
          fallbackTarget={codeRef}
          refuse={note ? () => refuseCopy(note) : undefined}
        >
          Copy<span className="sr-only"> command</span>
        </CopyButton>
      </div>
      {/* Focusable so a long command can be scrolled sideways by keyboard. */}
      <pre
        ref={codeRef}
        tabIndex={0}
        aria-describedby={note ? noteId : undefined}
        className="overflow-x-auto bg-slate-950 p-3 text-sm leading-relaxed whitespace-pre-wrap text-slate-100 wrap-anywhere print:bg-white print:text-black print:wrap-break-word"
      >
        <code>{segments.map(renderSegment)}</code>
      </pre>
      {note && (
        <p
          id={noteId}
          className="border-t border-slate-300 bg-amber-50 px-3 py-2 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 print:hidden"
        >
          {note.placeholders.map((placeholder, index) => (
            <Fragment key={placeholder}>
              {index === 0 ? '' : index === note.placeholders.length - 1 ? ' and ' : ', '}
              <code className="font-semibold">{placeholder}</code>
            </Fragment>
          ))}
          {note.placeholders.length === 1 ? ' is a placeholder' : ' are placeholders'}:{' '}
          {note.action} under “Fill in the commands”, and the command fills in.
        </p>
      )}
    </figure>
  );
}

/** Copy with placeholders left: nothing goes on the clipboard; the focus goes to what is missing. */
function refuseCopy(note: PlaceholderNote): string {
  const first = note.inputs[0];
  if (first !== undefined) focusCommandInput(first);
  return copyRefusal(note);
}

/**
 * Text with each token that holds a hyphen (-Identity, Set-Mailbox) in a bare span, which print
 * keeps on one line (styles.css): browsers may wrap after a hyphen, and "-" | "Identity" on paper
 * reads as two words. The text itself, and so what is copied, is unchanged.
 */
function renderText(text: string, index: number): ReactNode {
  const parts = text.split(/(\S*-\S*)/);
  if (parts.length === 1) return text;
  return (
    <Fragment key={index}>
      {parts.map((part, at) => (at % 2 === 1 ? <span key={at}>{part}</span> : part))}
    </Fragment>
  );
}

function renderSegment(segment: CommandSegment, index: number): ReactNode {
  switch (segment.kind) {
    case 'text':
      return renderText(segment.text, index);
    case 'value':
      return (
        <span key={index} className="text-emerald-300 print:text-black">
          {segment.text}
        </span>
      );
    case 'placeholder':
      return (
        <span
          key={index}
          className="rounded-sm bg-amber-950 text-amber-200 italic underline decoration-amber-400 decoration-dashed underline-offset-4 print:bg-white print:text-black"
        >
          {segment.text}
        </span>
      );
  }
}

/** A `renderCommand` for DocContent: every code block becomes a CommandBlock. */
export function renderCommandBlock(command: CommandNode, key: string): ReactNode {
  return <CommandBlock key={key} command={command} />;
}
