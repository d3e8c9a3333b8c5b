import { Suspense, use, type ReactNode } from 'react';
import type { Answers, DocNode, TreeQuestion } from '../../../content/model';
import { loadQuestionHelp, peekQuestionHelp } from '../../../content/question-help';
import type { TrailStep } from '../../../content/resolve-position';
import { visibleOptions } from '../../../content/tree-logic';
import { DocContent, type CommandRenderer } from '../../../components/doc/doc-content';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { changeAnswerState } from '../lib/change-state';
import { AnswerList } from './answer-list';
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
      {trail.length > 0 && <Breadcrumb trail={trail} path={path} />}
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
      <AnswerList question={question} answers={answers} path={path} />
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
          <TextLink to={previous.questionPath} state={changeAnswerState(path)}>
            ← Back
          </TextLink>
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
