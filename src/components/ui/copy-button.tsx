import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { copyShortcut, copyText } from '../../lib/copy-text';
import { secondaryButtonClass } from './button-classes';
import { ariaDisabledUntilReady } from '../../lib/controls-until-ready';

interface CopyButtonProps {
  /**
   * Exactly the text to put on the clipboard, or a function that gives it when the button is
   * pressed (for text that may only be read then, such as a URL built from window.location).
   */
  text: string | (() => string);
  /**
   * The element that shows `text`. Where the browser refuses to copy, its contents are selected
   * so the user can copy them by hand. It should be focusable (tabIndex 0). Without one, the text
   * appears selected in a read-only field instead.
   */
  fallbackTarget?: RefObject<HTMLElement | null>;
  /** The button's visible text. */
  children?: ReactNode;
  /** The button's accessible name, when its visible text needs context ("Copy link to step 3"). */
  label?: string;
  /**
   * Called on a press before copying: a reason not to copy (shown as the status instead, and the
   * clipboard is left alone), or undefined to copy. It may move the focus to what is missing.
   */
  refuse?: () => string | undefined;
  /** What the status line says once copied. */
  copiedMessage?: string;
  /** Where the status line goes: before the button (right-aligned toolbars) or after it. */
  statusPlacement?: 'before' | 'after';
  className?: string;
}

const CONFIRMATION_MS = 4000;

type Status =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'selected' }
  /** Not copied on purpose (`refuse` gave a reason). */
  | { kind: 'refused'; message: string; text: CopyButtonProps['text'] }
  /** Nothing on the page shows the text: it is shown, selected, in a field of its own. */
  | { kind: 'shown'; text: string };

export const copyButtonClass = `${secondaryButtonClass} print:hidden`;

/**
 * A button that copies `text` and says so, visibly and in a polite live region (present from
 * the start, so screen readers announce the change). If copying is refused it selects the text
 * and tells the user which keys to press.
 */
export function CopyButton({
  text,
  fallbackTarget,
  children = 'Copy',
  label,
  refuse,
  copiedMessage = 'Copied',
  statusPlacement = 'before',
  className = '',
}: CopyButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const shownRef = useRef<HTMLTextAreaElement>(null);
  const untilReady = ariaDisabledUntilReady();
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const shownText = status.kind === 'shown' ? status.text : undefined;
  useEffect(() => {
    if (shownText === undefined) return;
    shownRef.current?.focus();
    shownRef.current?.select();
  }, [shownText]);

  const copy = async () => {
    window.clearTimeout(timer.current);
    // Empty first, so copying twice announces twice.
    setStatus({ kind: 'idle' });
    const reason = refuse?.();
    if (reason !== undefined) return setStatus({ kind: 'refused', message: reason, text });
    const value = typeof text === 'function' ? text() : text;
    const result = await copyText(value, fallbackTarget?.current);
    if (result === 'copied') {
      setStatus({ kind: 'copied' });
      timer.current = window.setTimeout(() => setStatus({ kind: 'idle' }), CONFIRMATION_MS);
      return;
    }
    setStatus(result === 'selected' ? { kind: 'selected' } : { kind: 'shown', text: value });
  };

  const message = statusMessage(status, text, copiedMessage);
  const statusLine = (
    <span
      role="status"
      className={`text-sm font-medium ${status.kind === 'copied' ? 'text-emerald-800 dark:text-emerald-300' : status.kind === 'refused' ? 'text-red-800 dark:text-red-300' : 'text-slate-800 dark:text-slate-200'}`}
    >
      {message}
    </span>
  );

  return (
    <span
      className={`inline-flex flex-wrap items-center gap-x-2 gap-y-1 ${statusPlacement === 'before' ? 'justify-end' : ''} ${className}`}
    >
      {statusPlacement === 'before' && statusLine}
      <button
        type="button"
        {...untilReady}
        className={copyButtonClass}
        aria-label={label}
        onClick={() => void copy()}
      >
        {children}
      </button>
      {statusPlacement === 'after' && statusLine}
      {shownText !== undefined && (
        <textarea
          ref={shownRef}
          readOnly
          aria-label="Text to copy"
          rows={shownText.includes('\n') ? 8 : 2}
          value={shownText}
          className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
      )}
    </span>
  );
}

function statusMessage(status: Status, text: CopyButtonProps['text'], copiedMessage: string) {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'copied':
      return copiedMessage;
    case 'refused':
      // A refusal is about the text as it was: once the text changes, it no longer applies.
      return status.text === text ? status.message : '';
    default:
      return `Your browser didn't let this page copy. The text is selected${status.kind === 'shown' ? ' below' : ''}: press ${copyShortcut()} to copy it.`;
  }
}
