import { Link } from 'react-router';
import type { Answers, TreeOption, TreeQuestion } from '../../../content/model';
import { unavailableRule, visibleOptions } from '../../../content/tree-logic';
import { TextLink } from '../../../components/ui/text-link';
import { paths } from '../../../lib/paths';
import { useAnswerChange } from './use-answer-change';

interface AnswerListProps {
  question: TreeQuestion;
  answers: Answers;
  path: string;
}

/**
 * The question's answers as real links. Reached from the breadcrumb (or Back), the answer the
 * user gave is marked, and every answer keeps the later ones that still fit on its path.
 */
export function AnswerList({ question, answers, path }: AnswerListProps) {
  const change = useAnswerChange(path);
  return (
    <ul className="mt-6 grid gap-3" aria-label="Answers">
      {visibleOptions(question, answers).map((option) => {
        const rule = unavailableRule(option, answers);
        if (rule) {
          return (
            <li
              key={option.slug}
              className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-600"
            >
              <p className="font-semibold text-slate-600 dark:text-slate-300">
                {option.label} <span className="text-sm font-normal">(not available here)</span>
              </p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{rule.reason}</p>
              <p className="mt-2 text-sm">
                <TextLink to={rule.alternative.path}>{rule.alternative.label}</TextLink>
              </p>
            </li>
          );
        }
        return (
          <AnswerLink
            key={option.slug}
            option={option}
            to={change.pathFor?.(option.slug) ?? paths.child(path, option.slug)}
            current={change.currentSlug === option.slug}
          />
        );
      })}
    </ul>
  );
}

function AnswerLink({ option, to, current }: { option: TreeOption; to: string; current: boolean }) {
  const border = current
    ? 'border-2 border-blue-700 dark:border-sky-400'
    : 'border border-slate-300 dark:border-slate-600';
  return (
    <li>
      <Link
        to={to}
        aria-current={current ? 'true' : undefined}
        className={`block rounded-lg p-4 shadow-sm transition hover:border-blue-600 hover:bg-blue-50 dark:hover:border-sky-400 dark:hover:bg-slate-900 ${border}`}
      >
        <span className="block font-semibold text-blue-800 dark:text-sky-300">
          {option.label}
          {current && <span className="ml-2 text-sm font-normal">(your current answer)</span>}
        </span>
        <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
          {option.explanation}
        </span>
      </Link>
    </li>
  );
}
