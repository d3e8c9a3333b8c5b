import { useEffect, useMemo, useRef, useState } from 'react';
import type { FixRoute, Tree } from '../../../content/model';
import type { BulkResult } from '../lib/bulk-run';
import { DEFAULT_SORT, bulkRows, sortRows, type BulkSort } from '../lib/bulk-table';
import { BulkExport } from './bulk-export';
import { BulkProblems } from './bulk-problems';
import { BulkTable } from './bulk-table';

interface BulkResultsProps {
  result: BulkResult;
  tree: Tree;
  fixes: readonly FixRoute[];
}

const count = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many: string) =>
  `${count.format(n)} ${n === 1 ? one : many}`;

/** What the live region says once the batch is over. */
export function resultAnnouncement(result: BulkResult): string {
  return `Done: ${summaryTitle(result)}. ${summaryText(result)}`;
}

function summaryTitle(result: BulkResult): string {
  const { bounces } = result.progress;
  if (bounces === 0) return result.cancelled ? 'Cancelled before any bounce' : 'No bounce found';
  return `${plural(bounces, 'bounce', 'bounces')} in ${plural(result.groups.length, 'group', 'groups')}`;
}

function summaryText(result: BulkResult): string {
  const { filesDone, filesTotal, messages, problems } = result.progress;
  const seconds = (result.elapsedMs / 1000).toFixed(2);
  const read = result.cancelled
    ? `Cancelled after ${count.format(filesDone)} of ${plural(filesTotal, 'file', 'files')} (${plural(messages, 'message', 'messages')} analyzed); the table shows what was analyzed until then.`
    : `From ${plural(filesTotal, 'file', 'files')} (${plural(messages, 'message', 'messages')}), analyzed in ${seconds} s.`;
  const broken = problems > 0 ? ` ${count.format(problems)} gave no bounce: listed below.` : '';
  return `${read}${broken}`;
}

/** Focus moves to the results only from the bulk section itself (the input, Cancel), never away from elsewhere. */
function focusIfHere(heading: HTMLElement | null): void {
  if (!heading) return;
  const active = document.activeElement;
  const section = heading.closest('section');
  if (!active || active === document.body || section?.contains(active)) heading.focus();
}

/** The batch's outcome: what was found, the grouped table and its export, and the problems. */
export function BulkResults({ result, tree, fixes }: BulkResultsProps) {
  const [sort, setSort] = useState<BulkSort>(DEFAULT_SORT);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => bulkRows(result.groups, tree, fixes), [result, tree, fixes]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const title = summaryTitle(result);
  const text = summaryText(result);

  useEffect(() => focusIfHere(headingRef.current), []);

  return (
    <div className="mt-6">
      <h3 ref={headingRef} tabIndex={-1} className="text-xl font-bold focus:outline-none">
        {title}
      </h3>
      {/* The worker's own time, for `npm run bench`. */}
      <p
        className="mt-1 max-w-prose"
        data-bulk-elapsed-ms={Math.round(result.elapsedMs)}
        data-bulk-bounces={result.progress.bounces}
      >
        {text}
      </p>
      {sorted.length > 0 && (
        <>
          <BulkTable rows={sorted} sort={sort} onSort={setSort} />
          <BulkExport rows={sorted} />
        </>
      )}
      <BulkProblems result={result} />
    </div>
  );
}
