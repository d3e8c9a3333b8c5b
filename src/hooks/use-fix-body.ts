import { startTransition, useEffect, useState } from 'react';
import type { FixBody } from '../content/model';
import { fixBodies } from '../content/fix-bodies';

export type FixBodyState =
  | { status: 'loading' }
  | { status: 'ready'; body: FixBody }
  | { status: 'failed'; retry: () => void };

/**
 * Another fix page's body, loaded in the background without suspending the caller. It starts as
 * "loading" on every first render (so a prerendered page hydrates with the same markup) and
 * becomes ready once the chunk arrives. Give the calling component `key={id}` so a new id
 * starts over.
 */
export function useFixBody(id: string): FixBodyState {
  const [state, setState] = useState<FixBodyState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    fixBodies.load(id).then(
      (body) => {
        // As a transition: the body renders in slices that yield to the browser (a console page
        // draws the PowerShell steps, ~90 elements, while it is still starting up).
        if (current) startTransition(() => setState({ status: 'ready', body }));
      },
      () => {
        if (!current) return;
        setState({
          status: 'failed',
          retry: () => {
            fixBodies.retry(id);
            setState({ status: 'loading' });
            setAttempt((count) => count + 1);
          },
        });
      },
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);
  return state;
}
