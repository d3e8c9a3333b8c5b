import { useEffect, useId, type RefObject } from 'react';
import { buttonClass } from './styles';
import { dropZoneClass, useFileDrop } from './use-file-drop';
import { useAppIsLive } from '../../../hooks/use-app-is-live';

interface BounceInputProps {
  draft: string;
  onDraftChange: (draft: string) => void;
  onAnalyze: () => void;
  onFile: (file: File) => void;
  /** What is running, shown beside the button ("Reading bounce.eml…"). */
  busy?: string;
  /** Why the last attempt gave no analysis. */
  problem?: { problem: string; message: string };
  textAreaRef: RefObject<HTMLTextAreaElement | null>;
}

const ACCEPTED_FILES = '.eml,.txt,message/rfc822,text/plain';

/**
 * The text area, the Analyze button and the file picker. The whole form is a drop zone for a
 * .eml or .txt file; the picker is a real, labelled file input, so it works by keyboard too.
 * Nothing here has a `name` and the form never submits to the server, so the text never reaches
 * the URL.
 */
// eslint-disable-next-line max-lines-per-function -- to be split into named stages (issue 14)
export function BounceInput({
  draft,
  onDraftChange,
  onAnalyze,
  onFile,
  busy,
  problem,
  textAreaRef,
}: BounceInputProps) {
  const textId = useId();
  const hintId = useId();
  const errorId = useId();
  const fileId = useId();
  const fileHintId = useId();
  // One bounce at a time here: the first file dropped (bulk triage takes many).
  const drop = useFileDrop(([file]) => {
    if (file) onFile(file);
  });
  const textProblem = problem?.problem === 'empty-text';
  const live = useAppIsLive();

  // A file dropped beside the zone would make the browser open it and leave the page.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  return (
    <form
      aria-label="The bounce"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onAnalyze();
      }}
      {...drop.handlers}
      className={`mt-6 rounded-lg border-2 p-4 transition sm:p-5 ${dropZoneClass(drop.dragging)}`}
    >
      <label htmlFor={textId} className="block font-semibold">
        Paste the bounce message
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Copy the whole message, including “Diagnostic information for administrators” if it has it.
        An app’s error log line works too.
      </p>
      <textarea
        ref={textAreaRef}
        id={textId}
        disabled={!live}
        value={draft}
        onChange={(event) => onDraftChange(event.target.value)}
        rows={10}
        spellCheck={false}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        aria-describedby={textProblem ? `${hintId} ${errorId}` : hintId}
        aria-invalid={textProblem || undefined}
        className="mt-2 block max-h-[60vh] w-full resize-y rounded-md border border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
      />
      {problem && (
        <p
          id={errorId}
          data-analyzer-problem
          className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {problem.message}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={!live} className={buttonClass}>
          Analyze
        </button>
        {busy && (
          <span className="text-sm text-slate-700 dark:text-slate-300" aria-hidden="true">
            {busy}
          </span>
        )}
      </div>
      <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-700">
        <label htmlFor={fileId} className="block font-semibold">
          Or open a saved bounce (.eml or .txt)
        </label>
        <p id={fileHintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          You can also drop the file anywhere in this box. It is read here, not uploaded.
        </p>
        <input
          id={fileId}
          type="file"
          disabled={!live}
          accept={ACCEPTED_FILES}
          aria-describedby={fileHintId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Clear the picker so choosing the same file again reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
          className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:py-2 file:font-semibold hover:file:bg-slate-300 dark:file:bg-slate-700 dark:file:text-slate-100 dark:hover:file:bg-slate-600"
        />
      </div>
    </form>
  );
}
