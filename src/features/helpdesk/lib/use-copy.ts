import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard';

export type CopyState =
  | { status: 'idle' }
  | { status: 'copied' }
  /** Copying was refused: the text is shown for copying by hand. */
  | { status: 'failed'; text: string };

const CONFIRMATION_MS = 4000;

/** Copies on demand and says how it went; a confirmation clears itself after a few seconds. */
export function useCopy() {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    // Clear first, so copying twice in a row is announced twice.
    setState({ status: 'idle' });
    const copied = await copyText(text);
    setState(copied ? { status: 'copied' } : { status: 'failed', text });
    if (copied) timer.current = setTimeout(() => setState({ status: 'idle' }), CONFIRMATION_MS);
  }, []);

  return { state, copy };
}
