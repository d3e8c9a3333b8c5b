import { useSyncExternalStore } from 'react';
import { updateNotice } from '../lib/update-notice';

const noUpdate = () => null;

/**
 * "A new version is available — Reload", shown once the service worker has downloaded a new
 * version. The live region is always there (empty) so screen readers announce the message.
 */
export function UpdatePrompt() {
  const applyUpdate = useSyncExternalStore(
    updateNotice.subscribe,
    updateNotice.pendingUpdate,
    noUpdate,
  );
  return (
    <div role="status" aria-live="polite" className="print:hidden">
      {applyUpdate && (
        <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3">
            <p>A new version is available.</p>
            <button
              type="button"
              onClick={applyUpdate}
              className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
            >
              Reload
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
