/**
 * Copying text to the clipboard, with a fallback for browsers (or insecure origins, or refused
 * permissions) without a working Clipboard API. Call it from an event handler only.
 */

export type CopyResult =
  /** The text is on the clipboard. */
  | 'copied'
  /** Copying failed; the text is selected on the page so the user can copy it by hand. */
  | 'selected'
  /** Copying failed and there was nothing to select. */
  | 'failed';

/**
 * Copies `text`. When the Clipboard API is missing or refuses, selects `fallback`'s contents
 * (which must show exactly `text`) and tries the legacy copy command on that selection; if that
 * fails too, the selection stays so the user can press Ctrl+C.
 */
export async function copyText(text: string, fallback?: HTMLElement | null): Promise<CopyResult> {
  try {
    // Optional chaining: navigator.clipboard is undefined outside secure contexts.
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no permission, document not focused …): fall back to a selection.
  }
  if (!fallback) return 'failed';
  fallback.focus({ preventScroll: true });
  if (fallback instanceof HTMLTextAreaElement || fallback instanceof HTMLInputElement) {
    // A form field's text is its value, not its children.
    fallback.select();
  } else {
    const selection = window.getSelection();
    if (!selection) return 'failed';
    selection.selectAllChildren(fallback);
  }
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Some browsers throw instead of returning false.
  }
  return 'selected';
}

/** The copy shortcut on this device, for "press … to copy" messages. */
export function copyShortcut(): string {
  return /Mac|iPhone|iPad|iPod/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';
}
