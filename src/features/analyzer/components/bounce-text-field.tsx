import { useId, type RefObject } from 'react';

interface BounceTextFieldProps {
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Why the last attempt gave no analysis; a blank paste marks the text area invalid. */
  problem?: { problem: string; message: string } | undefined;
  disabled: boolean;
  textAreaRef: RefObject<HTMLTextAreaElement | null>;
}

/** The labelled text area for the pasted bounce, and the last attempt's problem under it. */
export function BounceTextField({
  draft,
  onDraftChange,
  problem,
  disabled,
  textAreaRef,
}: BounceTextFieldProps) {
  const textId = useId();
  const hintId = useId();
  const errorId = useId();
  const textProblem = problem?.problem === 'empty-text';
  return (
    <>
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
        disabled={disabled}
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
    </>
  );
}
