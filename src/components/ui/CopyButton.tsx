import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { copyShortcut, copyText } from '../../lib/copy-text';

interface CopyButtonProps {
  /** Exactly the text to put on the clipboard. */
  text: string;
  /**
   * The element that shows `text`. Where the browser refuses to copy, its contents are selected
   * so the user can copy them by hand. It should be focusable (tabIndex 0).
   */
  fallbackTarget?: RefObject<HTMLElement | null>;
  /** The button's visible text. */
  children?: ReactNode;
  /** What the status line says once copied. */
  copiedMessage?: string;
  className?: string;
}

const CONFIRMATION_MS = 4000;
const noStatus = { copied: false, message: '' };

export const copyButtonClass =
  'rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 print:hidden';

/**
 * A button that copies `text` and says so, visibly and in a polite live region (present from
 * the start, so screen readers announce the change). If copying is refused it selects the text
 * and tells the user which keys to press.
 */
export function CopyButton({
  text,
  fallbackTarget,
  children = 'Copy',
  copiedMessage = 'Copied',
  className = '',
}: CopyButtonProps) {
  const [status, setStatus] = useState<{ copied: boolean; message: string }>(noStatus);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    // Empty first, so copying twice announces twice.
    setStatus(noStatus);
    const result = await copyText(text, fallbackTarget?.current);
    if (result === 'copied') {
      setStatus({ copied: true, message: copiedMessage });
      timer.current = window.setTimeout(() => setStatus(noStatus), CONFIRMATION_MS);
      return;
    }
    const message =
      result === 'selected'
        ? `Your browser didn't let this page copy. The text is selected: press ${copyShortcut()} to copy it.`
        : `Your browser didn't let this page copy. Select the text and press ${copyShortcut()}.`;
    setStatus({ copied: false, message });
  };

  return (
    <span className={`inline-flex flex-wrap items-center justify-end gap-x-2 gap-y-1 ${className}`}>
      <span
        role="status"
        className={`text-sm font-medium ${status.copied ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-800 dark:text-slate-200'}`}
      >
        {status.message}
      </span>
      <button type="button" className={copyButtonClass} onClick={() => void copy()}>
        {children}
      </button>
    </span>
  );
}
