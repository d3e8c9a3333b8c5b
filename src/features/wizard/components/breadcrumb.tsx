import { Link } from 'react-router';
import type { TrailStep } from '../../../content/resolve-position';
import { answerShortLabel } from '../../../content/tree-logic';
import { paths } from '../../../lib/paths';
import { changeAnswerState } from '../lib/change-state';
import { loadAnswerChange } from './use-answer-change';

const preload = () => void loadAnswerChange().catch(() => undefined);

interface BreadcrumbProps {
  trail: readonly TrailStep[];
  /** The position shown: a change link carries it, so the later answers can be kept. */
  path?: string;
}

/**
 * The answers so far, each in a few words (its short label); each links back to its question so
 * it can be changed without losing the answers after it that still fit.
 */
export function Breadcrumb({ trail, path }: BreadcrumbProps) {
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
              state={path ? changeAnswerState(path) : undefined}
              onPointerEnter={preload}
              onFocus={preload}
              className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white"
              aria-label={`${step.question.shortTitle}: ${answerShortLabel(step.option)} (change)`}
            >
              <span className="text-slate-500 dark:text-slate-400">
                {step.question.shortTitle}:
              </span>{' '}
              {answerShortLabel(step.option)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
