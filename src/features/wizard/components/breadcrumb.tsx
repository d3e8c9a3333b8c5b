import { Link } from 'react-router';
import type { TrailStep } from '../../../content/resolve-position';
import { paths } from '../../../lib/paths';

interface BreadcrumbProps {
  trail: readonly TrailStep[];
}

/** The answers so far; each one links back to its question so it can be changed. */
export function Breadcrumb({ trail }: BreadcrumbProps) {
  return (
    <nav aria-label="Your answers" className="mb-6 text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-600 dark:text-slate-300">
        <li>
          <Link
            to={paths.home()}
            className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white"
          >
            Start over
          </Link>
        </li>
        {trail.map((step) => (
          <li key={step.questionPath} className="flex items-center gap-2">
            <span aria-hidden="true">›</span>
            <Link
              to={step.questionPath}
              className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white"
              aria-label={`${step.question.shortTitle}: ${step.option.label} (change)`}
            >
              <span className="text-slate-500 dark:text-slate-400">
                {step.question.shortTitle}:
              </span>{' '}
              {step.option.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
