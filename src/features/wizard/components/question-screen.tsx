import { Suspense, use, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Answers, DocNode, TreeQuestion } from '../../../content/model';
import { loadQuestionHelp, peekQuestionHelp } from '../../../content/question-help';
import type { TrailStep } from '../../../content/resolve-position';
import { unavailableRule, visibleOptions } from '../../../content/tree-logic';
import { DocContent, type CommandRenderer } from '../../../components/doc/doc-content';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { paths } from '../../../lib/paths';
import { Breadcrumb } from './breadcrumb';

interface QuestionScreenProps {
  question: TreeQuestion;
  answers: Answers;
  trail: readonly TrailStep[];
  path: string;
  renderCommand?: CommandRenderer;
  /** Shown under the heading: page tools (copy link). */
  actions?: ReactNode;
  /** Composed in before the answers (on the start page: the way into the bounce analyzer). */
  lead?: ReactNode;
  /** Shown at the top of the "not sure?" help (the command builder's inputs for its commands). */
  helpTools?: (helpBody: readonly DocNode[]) => ReactNode;
}

/** One question: the heading, its options as real links, and the "not sure?" help. */
// eslint-disable-next-line max-lines-per-function -- to be split into named stages (issue 14)
export function QuestionScreen({
  question,
  answers,
  trail,
  path,
  renderCommand,
  actions,
  lead,
  helpTools,
}: QuestionScreenProps) {
  const previous = trail.at(-1);
  const options = visibleOptions(question, answers);
  const description = `${options.map((option) => option.label).join(' · ')}: choose the answer that fits to reach the exact fix for your Exchange bounce.`;
  return (
    <article aria-labelledby="question-heading">
      {trail.length > 0 && <Breadcrumb trail={trail} />}
      <div id="question-heading">
        <PageHeading description={description}>{question.title}</PageHeading>
      </div>
      {actions && <div className="mt-3">{actions}</div>}
      {question.intro && (
        <div className="prose mt-3 max-w-none">
          <DocContent nodes={question.intro} renderCommand={renderCommand} />
        </div>
      )}
      {lead}
      <ul className="mt-6 grid gap-3" aria-label="Answers">
        {options.map((option) => {
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
            <li key={option.slug}>
              <Link
                to={paths.child(path, option.slug)}
                className="block rounded-lg border border-slate-300 p-4 shadow-sm transition hover:border-blue-600 hover:bg-blue-50 dark:border-slate-600 dark:hover:border-sky-400 dark:hover:bg-slate-900"
              >
                <span className="block font-semibold text-blue-800 dark:text-sky-300">
                  {option.label}
                </span>
                <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                  {option.explanation}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {question.help && (
        <details className="mt-6 rounded-lg bg-slate-100 p-4 dark:bg-slate-900">
          <summary className="cursor-pointer font-semibold">{question.help.title}</summary>
          <ErrorBoundary
            resetKey={question.id}
            fallback={() => (
              <p role="alert" className="mt-3">
                The help could not be loaded. Check your connection and reload the page.
              </p>
            )}
          >
            <Suspense fallback={<p className="mt-3">Loading the help…</p>}>
              <QuestionHelpBody
                questionId={question.id}
                helpTools={helpTools}
                renderCommand={renderCommand}
              />
            </Suspense>
          </ErrorBoundary>
        </details>
      )}
      {previous && (
        <p className="mt-8">
          <TextLink to={previous.questionPath}>← Back</TextLink>
        </p>
      )}
    </article>
  );
}

interface QuestionHelpBodyProps {
  questionId: string;
  helpTools?: (helpBody: readonly DocNode[]) => ReactNode;
  renderCommand?: CommandRenderer;
}

/** The help's body: a lazy chunk shared by all questions, read once it has loaded. */
function QuestionHelpBody({ questionId, helpTools, renderCommand }: QuestionHelpBodyProps) {
  const help = peekQuestionHelp() ?? use(loadQuestionHelp());
  const body = help[questionId] ?? [];
  return (
    <>
      {helpTools && <div className="mt-3">{helpTools(body)}</div>}
      <div className="prose mt-3 max-w-none">
        <DocContent nodes={body} renderCommand={renderCommand} />
      </div>
    </>
  );
}
