import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { buttonClass } from './styles';

/**
 * The start page's way into the analyzer. Small and free of the analyzer itself, which loads
 * only on its own page.
 */
export default function AnalyzerCallout() {
  const headingId = useId();
  return (
    <aside
      aria-labelledby={headingId}
      className="mt-6 rounded-lg border-2 border-blue-700 bg-blue-50 p-4 dark:border-sky-400 dark:bg-slate-900"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Have the bounce message?
      </h2>
      <p className="mt-1 max-w-prose">
        Paste it, or drop the .eml file, into the bounce analyzer: it explains the bounce and
        answers these questions for you. It runs in your browser; nothing is uploaded.
      </p>
      <p className="mt-3">
        <Link to={paths.analyze()} className={buttonClass}>
          Open the bounce analyzer
        </Link>
      </p>
    </aside>
  );
}
