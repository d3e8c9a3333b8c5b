import { useId, useState } from 'react';
import { buttonClass } from './styles';
import { absoluteUrl } from '../../../lib/paths';
import { bulkCsv, csvFileName } from '../lib/bulk-export';
import type { BulkRow } from '../lib/bulk-table';

interface BulkExportProps {
  /** The rows in the order the table shows them. */
  rows: readonly BulkRow[];
}

/** How long a download's address stays valid: long enough for the browser to start saving. */
const KEEP_URL_MS = 30_000;

/** Saves text as a file, from a Blob in memory: nothing is sent anywhere. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}

/** The table as a CSV file, optionally with addresses and server names redacted. */
export function BulkExport({ rows }: BulkExportProps) {
  const redactId = useId();
  const hintId = useId();
  const [redact, setRedact] = useState(false);

  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
      <button
        type="button"
        className={buttonClass}
        onClick={() => {
          const siteUrl = (path: string) => absoluteUrl(path, window.location.origin);
          download(bulkCsv(rows, { redact, siteUrl }), csvFileName(new Date(), redact));
        }}
      >
        {redact ? 'Download the table as CSV (redacted)' : 'Download the table as CSV'}
      </button>
      <div className="flex max-w-prose items-start gap-2">
        <input
          id={redactId}
          type="checkbox"
          checked={redact}
          onChange={(event) => setRedact(event.target.checked)}
          aria-describedby={hintId}
          className="mt-1 size-4 accent-blue-700 dark:accent-sky-400"
        />
        <div>
          <label htmlFor={redactId} className="font-medium">
            Redact addresses and server names in the file
          </label>
          <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
            alex@contoso.com becomes &lt;redacted 1&gt;@contoso.com and mail.contoso.com becomes
            &lt;host 1&gt;.contoso.com: the people and servers are numbered, the organizations kept.
          </p>
        </div>
      </div>
    </div>
  );
}
