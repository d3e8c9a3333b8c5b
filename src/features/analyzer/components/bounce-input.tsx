import type { RefObject } from 'react';
import { buttonClass } from './styles';
import { BounceFileField } from './bounce-file-field';
import { BounceTextField } from './bounce-text-field';
import { dropZoneClass, useFileDrop } from './use-file-drop';
import { useKeepDroppedFiles } from './use-keep-dropped-files';
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

/**
 * The text area, the Analyze button and the file picker. The whole form is a drop zone for a
 * .eml or .txt file; the picker is a real, labelled file input, so it works by keyboard too.
 * Nothing here has a `name` and the form never submits to the server, so the text never reaches
 * the URL.
 */
export function BounceInput({
  draft,
  onDraftChange,
  onAnalyze,
  onFile,
  busy,
  problem,
  textAreaRef,
}: BounceInputProps) {
  // One bounce at a time here: the first file dropped (bulk triage takes many).
  const drop = useFileDrop(([file]) => {
    if (file) onFile(file);
  });
  const live = useAppIsLive();
  useKeepDroppedFiles();

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
      <BounceTextField
        draft={draft}
        onDraftChange={onDraftChange}
        problem={problem}
        disabled={!live}
        textAreaRef={textAreaRef}
      />
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
      <BounceFileField onFile={onFile} disabled={!live} />
    </form>
  );
}
