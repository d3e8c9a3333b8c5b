import { useId, useState } from 'react';
import { Link } from 'react-router';
import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { TextLink, textLinkClass } from '../../../components/ui/text-link';
import { nextSort, type BulkColumn, type BulkRow, type BulkSort } from '../lib/bulk-table';

interface BulkTableProps {
  rows: readonly BulkRow[];
  sort: BulkSort;
  onSort: (sort: BulkSort) => void;
}

const COLUMNS: { column: BulkColumn; label: string; numeric?: boolean }[] = [
  { column: 'cause', label: 'Cause' },
  { column: 'code', label: 'Code' },
  { column: 'recipient', label: 'Recipient' },
  { column: 'platform', label: 'Platform' },
  { column: 'count', label: 'Bounces', numeric: true },
];

/** Rows shown before "Show all": a long table stays quick to render and to scroll past. */
const FIRST_ROWS = 200;
const count = new Intl.NumberFormat('en-US');
const cellClass = 'border-t border-slate-200 px-3 py-2 align-top dark:border-slate-700';
/** The cause stays in view while the rest of the row scrolls sideways (on a phone). */
const stickyClass = 'sticky left-0 z-10 border-r border-slate-200 dark:border-slate-700';

function Guide({ row }: { row: BulkRow }) {
  const { guide } = row;
  if (guide.type === 'routes') {
    return (
      <ul className="space-y-1">
        {guide.ways.map((way) => (
          <li key={way.path + (way.role ?? '')}>
            <TextLink to={way.path}>{way.label}</TextLink>
            {way.role && (
              <span className="block text-xs text-slate-600 dark:text-slate-400">{way.role}</span>
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (guide.type === 'choose') {
    return (
      <>
        <p className="text-sm">{guide.question}</p>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {guide.options.map((option) => (
            <li key={option.label}>
              {`${option.label}: `}
              {option.way ? (
                <Link to={option.way.path} className={textLinkClass}>
                  {option.way.label}
                </Link>
              ) : (
                'not a problem this wizard fixes'
              )}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <details>
      <summary className={`cursor-pointer ${textLinkClass}`}>What it means</summary>
      {guide.what && <p className="mt-1 text-sm">{guide.what}</p>}
      {guide.whoCanFix && <p className="mt-1 text-sm">{guide.whoCanFix}</p>}
      {guide.nextSteps && (
        <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
          {guide.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {guide.source && (
        <a href={guide.source} rel="noopener noreferrer" className={`text-sm ${textLinkClass}`}>
          Source of this explanation
        </a>
      )}
    </details>
  );
}

function SortHeader({
  column,
  label,
  numeric,
  sort,
  onSort,
}: (typeof COLUMNS)[number] & Pick<BulkTableProps, 'sort' | 'onSort'>) {
  const active = sort.column === column;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={`px-3 py-2 font-semibold whitespace-nowrap ${numeric ? 'text-right' : 'text-left'} ${
        column === 'cause' ? `${stickyClass} bg-slate-100 dark:bg-slate-800` : ''
      }`}
    >
      <button
        type="button"
        onClick={() => onSort(nextSort(sort, column))}
        className="inline-flex items-center gap-1 rounded hover:underline"
      >
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
          {arrow}
        </span>
      </button>
    </th>
  );
}

/**
 * One row per group, each with its way on. Sorted by the header buttons (aria-sort says how);
 * on a narrow screen the table scrolls sideways inside its own box, which takes keyboard focus.
 */
export function BulkTable({ rows, sort, onSort }: BulkTableProps) {
  const captionId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const sortedBy = COLUMNS.find((entry) => entry.column === sort.column)?.label ?? '';

  return (
    <>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="mt-4 max-w-full overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-600"
      >
        <table className="w-full min-w-[44rem] border-collapse text-sm">
          <caption id={captionId} className="px-3 py-2 text-left font-semibold">
            {`Bounces by cause, recipient and platform (sorted by ${sortedBy.toLowerCase()}, ${sort.direction})`}
          </caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              {COLUMNS.map((entry) => (
                <SortHeader key={entry.column} {...entry} sort={sort} onSort={onSort} />
              ))}
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                What to do
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key}>
                <th
                  scope="row"
                  className={`${cellClass} ${stickyClass} min-w-[9rem] bg-white text-left font-medium dark:bg-slate-950`}
                >
                  {row.cause}
                </th>
                <td className={`${cellClass} font-mono whitespace-nowrap`}>{row.code || '—'}</td>
                <td className={`${cellClass} break-all`}>{row.recipient || '—'}</td>
                <td className={cellClass}>{row.platform || 'Unknown'}</td>
                <td className={`${cellClass} text-right tabular-nums`}>
                  {count.format(row.count)}
                </td>
                <td className={`${cellClass} min-w-[14rem]`}>
                  <Guide row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < rows.length && (
        <button
          type="button"
          onClick={() => setShowAll(true)}
          className={`mt-2 ${secondaryButtonClass}`}
        >
          {`Show all ${count.format(rows.length)} groups`}
        </button>
      )}
    </>
  );
}
