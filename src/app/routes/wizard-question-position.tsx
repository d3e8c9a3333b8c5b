import { lazy, Suspense } from 'react';
import { loadQuestionHelp } from '../../content/question-help';
import { QuestionScreen } from '../../features/wizard/components/question-screen';
import { PageTools } from './lazy-page-tools';
import {
  CommandBuilderBoundary,
  LazyCommandInputsFor,
  preloadCommandBuilder,
  renderCommandBlockStandalone,
} from './lazy-command-builder';
import type { PositionOf } from './wizard-position';

const ResumeGate = lazy(() => import('./resume-gate'));
// The start page's way into the analyzer: a chunk of its own (listed by the prerendered start
// page, so it is there before hydration), which keeps the entry within budget (decision 0027).
const AnalyzerCallout = lazy(() => import('../../features/analyzer/components/analyzer-callout'));

/** The start page leads with the way into the analyzer and, for a returning visitor, "resume". */
function startPageLead() {
  return (
    <>
      <Suspense fallback={null}>
        <AnalyzerCallout />
      </Suspense>
      <Suspense fallback={null}>
        <ResumeGate />
      </Suspense>
    </>
  );
}

/** A question of the tree: its answers, its page tools and its "not sure?" help. */
export function renderQuestionPosition(position: PositionOf<'question'>) {
  const helpHasCommands = position.question.help?.hasCommands === true;
  if (position.question.help) void loadQuestionHelp().catch(() => undefined);
  if (helpHasCommands) preloadCommandBuilder();
  return (
    <QuestionScreen
      question={position.question}
      answers={position.answers}
      trail={position.trail}
      path={position.path}
      actions={<PageTools kind="question" path={position.path} />}
      lead={position.trail.length === 0 ? startPageLead() : undefined}
      renderCommand={renderCommandBlockStandalone}
      helpTools={
        helpHasCommands
          ? (helpBody) => (
              <CommandBuilderBoundary>
                <LazyCommandInputsFor nodes={helpBody} />
              </CommandBuilderBoundary>
            )
          : undefined
      }
    />
  );
}
