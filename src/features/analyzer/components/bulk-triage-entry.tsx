import { useId, useState, type ComponentType } from 'react';
import type { FixRoute, Tree } from '../../../content/model';
import { useAppIsLive } from '../../../hooks/use-app-is-live';
import { lazyOnce } from '../../../lib/lazy-once';
import type { BulkTriagePanelProps } from './bulk-triage-panel';
import { sectionHeadingClass } from './styles';
import { dropZoneClass, useFileDrop } from './use-file-drop';

interface BulkTriageEntryProps {
  tree: Tree;
  fixes: readonly FixRoute[];
}

const ACCEPTED = '.eml,.txt,.mbox,.mbx,message/rfc822,text/plain,application/mbox';

/** The panel (and through it the worker) loads only when someone is about to pick files. */
const panel = lazyOnce(() =>
  import('./bulk-triage-panel').then((module) => module.BulkTriagePanel),
);

/**
 * A real file input that takes many files (keyboard and screen readers use it), inside a drop
 * zone for the same files.
 */
function BulkDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputId = useId();
  const hintId = useId();
  const live = useAppIsLive();
  const drop = useFileDrop(onFiles, live);

  return (
    <div
      {...drop.handlers}
      data-bulk-drop-zone
      className={`mt-4 rounded-lg border-2 p-4 sm:p-5 ${dropZoneClass(drop.dragging)}`}
    >
      <label htmlFor={inputId} className="block font-semibold">
        Choose bounce files (.eml, .txt or .mbox)
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Or drop them in this box. They are read here in your browser, never uploaded.
      </p>
      <input
        id={inputId}
        type="file"
        multiple
        disabled={!live}
        accept={ACCEPTED}
        aria-describedby={hintId}
        onFocus={() => void panel.load().catch(() => undefined)}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so choosing the same files again starts again.
          event.target.value = '';
          onFiles(files);
        }}
        className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:py-2 file:font-semibold hover:file:bg-slate-300 dark:file:bg-slate-700 dark:file:text-slate-100 dark:hover:file:bg-slate-600"
      />
    </div>
  );
}

/** Bulk triage's way in: the drop zone; all the rest loads once files are chosen. */
export function BulkTriageEntry({ tree, fixes }: BulkTriageEntryProps) {
  const [batch, setBatch] = useState<{ id: number; files: File[] }>();
  const [Panel, setPanel] = useState<ComponentType<BulkTriagePanelProps>>();
  const [loadFailed, setLoadFailed] = useState(false);

  const start = (files: File[]) => {
    if (files.length === 0) return;
    setBatch((previous) => ({ id: (previous?.id ?? 0) + 1, files }));
    setLoadFailed(false);
    panel.load().then(
      (component) => setPanel(() => component),
      () => setLoadFailed(true),
    );
  };

  return (
    <section
      aria-labelledby="bulk-heading"
      className="mt-12 border-t border-slate-200 pt-8 dark:border-slate-700"
    >
      <h2 id="bulk-heading" className="text-2xl font-bold">
        Many bounces at once
      </h2>
      <p className="mt-2 max-w-prose">
        Choose many saved bounces (.eml or .txt) or a mailbox file (.mbox). They are grouped by
        cause, recipient and platform, each group with its fix, and you can export the table.
      </p>
      <BulkDropZone onFiles={start} />
      {loadFailed && (
        <p className="mt-4 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          Bulk triage could not be loaded. Check your connection and choose the files again; once
          loaded, it works offline.
        </p>
      )}
      {batch && !loadFailed && !Panel && (
        <p className={sectionHeadingClass}>Loading bulk triage…</p>
      )}
      {batch && Panel && <Panel key={batch.id} files={batch.files} tree={tree} fixes={fixes} />}
    </section>
  );
}
