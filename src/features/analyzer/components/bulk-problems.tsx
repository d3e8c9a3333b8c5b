import { useId } from 'react';
import type { BulkProblemReason, BulkResult } from '../lib/bulk-run';

interface BulkProblemsProps {
  result: BulkResult;
}

const REASONS: Record<BulkProblemReason, string> = {
  empty: 'empty',
  'too-large': 'too large',
  binary: 'not text',
  unreadable: 'unreadable',
  'not-a-bounce': 'not a bounce',
  'corrupt-mbox': 'broken mailbox',
  failed: 'analyzer error',
};

const count = new Intl.NumberFormat('en-US');

/** Every file or message that gave no bounce, with why: counted by reason, then listed. */
export function BulkProblems({ result }: BulkProblemsProps) {
  const headingId = useId();
  const total = result.progress.problems;
  if (total === 0) return null;
  const byReason = (Object.entries(result.problemsByReason) as [BulkProblemReason, number][])
    .map(([reason, n]) => `${count.format(n)} ${REASONS[reason]}`)
    .join(' · ');
  const unlisted = total - result.problems.length;

  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h3 id={headingId} className="text-lg font-semibold">
        {`Without a bounce (${count.format(total)})`}
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{byReason}</p>
      <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6 text-sm">
        {result.problems.map((problem, index) => (
          <li key={`${problem.source}-${index}`}>
            <span className="font-medium break-all">{problem.source}</span>
            {`: ${problem.message}`}
          </li>
        ))}
      </ul>
      {unlisted > 0 && (
        <p className="mt-2 text-sm">{`… and ${count.format(unlisted)} more, not listed.`}</p>
      )}
    </section>
  );
}
