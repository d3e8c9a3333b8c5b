import { useEffect, useId, useRef, type ReactNode } from 'react';
import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { useCopy } from '../lib/use-copy';

export interface CopyButtonProps {
  /** The text to copy, read when the button is pressed (so it can use window.location). */
  getText: () => string;
  /** The button's visible content. */
  children: ReactNode;
  /** The button's accessible name when its visible content is not enough ("Copy link to step 3"). */
  label?: string;
  /** Said (visibly and to screen readers) after a successful copy: "Link copied". */
  copiedMessage: string;
  /** Names the text shown for copying by hand when the browser refuses: "Link to step 3". */
  fallbackLabel: string;
  className?: string;
}

/**
 * A copy button with its confirmation in a polite live region. When the browser refuses to copy,
 * the text appears selected in a read-only field with instructions, so it can still be copied.
 */
export function CopyButton({
  getText,
  children,
  label,
  copiedMessage,
  fallbackLabel,
  className = '',
}: CopyButtonProps) {
  const { state, copy } = useCopy();
  const fallbackId = useId();
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const failedText = state.status === 'failed' ? state.text : undefined;

  useEffect(() => {
    if (failedText === undefined) return;
    fallbackRef.current?.focus();
    fallbackRef.current?.select();
  }, [failedText]);

  return (
    <span
      className={`inline-flex flex-wrap items-center gap-x-2 gap-y-1 print:hidden ${className}`}
    >
      <button
        type="button"
        className={secondaryButtonClass}
        aria-label={label}
        onClick={() => void copy(getText())}
      >
        {children}
      </button>
      <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {state.status === 'copied'
          ? copiedMessage
          : state.status === 'failed'
            ? 'Could not copy automatically.'
            : ''}
      </span>
      {failedText !== undefined && (
        <span className="flex w-full flex-col gap-1 text-sm">
          <label htmlFor={fallbackId} className="text-amber-800 dark:text-amber-300">
            {`Your browser did not allow copying. ${fallbackLabel} is selected below: press Ctrl+C (⌘C on a Mac) to copy it.`}
          </label>
          <textarea
            id={fallbackId}
            ref={fallbackRef}
            readOnly
            rows={failedText.includes('\n') ? 8 : 2}
            value={failedText}
            className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
        </span>
      )}
    </span>
  );
}
