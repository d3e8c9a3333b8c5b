import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { loadQuestionHelp } from '../../content/question-help';
import { findPowerShellSibling } from '../../content/powershell-sibling';
import { redirectFor, resolvePosition, segmentsFromPath } from '../../content/resolve-position';
import { siteContent } from '../../content/site-content';
import type { Answers, FixSection } from '../../content/model';
import { AnalyzerCallout } from '../../features/analyzer/components/analyzer-callout';
import { FixPage } from '../../features/fix-page/components/fix-page';
import { Breadcrumb } from '../../features/wizard/components/breadcrumb';
import { QuestionScreen } from '../../features/wizard/components/question-screen';
import { UnavailableScreen } from '../../features/wizard/components/unavailable-screen';
import { roleSlugs } from '../../lib/paths';
import { PageTools } from './lazy-page-tools';
import {
  CommandBuilderBoundary,
  LazyCommandInputsFor,
  LazyFixCommandTools,
  LazyPrintedValues,
  preloadCommandBuilder,
  renderCommandBlock,
  renderCommandBlockStandalone,
} from './lazy-command-builder';
import { NotFoundScreen } from './not-found-screen';

const SenderMessagePanel = lazy(() => import('./sender-message-panel'));
const ResumeGate = lazy(() => import('./resume-gate'));
const StillBouncingLink = lazy(() => import('./still-bouncing-link'));

/** The admin fix page section after which the troubleshooting path is offered. */
const TEST_SECTION_ID = 'test';

function renderStillBouncingLink(answers: Answers) {
  return (section: FixSection) =>
    section.id === TEST_SECTION_ID ? (
      <Suspense fallback={null}>
        <StillBouncingLink answers={answers} />
      </Suspense>
    ) : null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Every wizard URL: the path is the position in the tree (docs/design.md's URL contract). */
// eslint-disable-next-line max-lines-per-function -- to be split into named stages (issue 14)
export function WizardRoute() {
  const { pathname, hash } = useLocation();
  const content = siteContent();
  const redirect = redirectFor(content.redirects, pathname);
  if (redirect) return <Navigate to={redirect + hash} replace />;

  const position = resolvePosition(content, segmentsFromPath(pathname));
  switch (position.kind) {
    case 'question': {
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
          lead={
            position.trail.length === 0 ? (
              <>
                <AnalyzerCallout />
                <Suspense fallback={null}>
                  <ResumeGate />
                </Suspense>
              </>
            ) : undefined
          }
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
    case 'fix': {
      // Fix pages usually have commands: fetch the builder while the page's body loads.
      preloadCommandBuilder();
      const sibling = findPowerShellSibling(content, position);
      const powerShell = sibling && {
        fixId: sibling.fix.id,
        path: sibling.path,
        title: sibling.fix.title,
        answers: sibling.answers,
      };
      return (
        <FixPage
          fix={position.fix}
          trail={position.trail}
          answers={position.answers}
          header={<Breadcrumb trail={position.trail} />}
          renderActions={(summary) => <PageTools kind="fix" fix={summary} path={position.path} />}
          renderStepActions={(step) => (
            <PageTools
              kind="step"
              fixId={position.fix.id}
              path={position.path}
              number={step.number}
              anchor={step.anchor}
            />
          )}
          renderAfterBody={
            position.answers.role === roleSlugs.sender
              ? (summary) => (
                  <Suspense fallback={null}>
                    <SenderMessagePanel pageCodes={summary.codes} />
                  </Suspense>
                )
              : undefined
          }
          renderCommand={renderCommandBlock}
          renderTools={(body) => <LazyFixCommandTools body={body} powerShell={powerShell} />}
          toolsPlacement={powerShell ? 'after-steps' : 'before-steps'}
          renderPrintHeader={(body) => (
            <div className="hidden print:mt-2 print:block print:space-y-1">
              <PageTools kind="print-header" path={position.path} />
              <LazyPrintedValues body={body} />
            </div>
          )}
          renderAfterSection={
            position.answers.role === roleSlugs.admin
              ? renderStillBouncingLink(position.answers)
              : undefined
          }
        />
      );
    }
    case 'unavailable':
      return (
        <UnavailableScreen
          question={position.question}
          option={position.option}
          rule={position.rule}
          trail={position.trail}
          questionPath={position.trail.at(-1) ? position.path.replace(/\/[^/]+$/, '') || '/' : '/'}
        />
      );
    case 'not-found': {
      const nearest = position.nearest;
      return (
        <NotFoundScreen
          unknownSegment={decodeSegment(position.unknownSegment)}
          nearestPath={nearest.path}
          nearestTitle={
            nearest.kind === 'fix'
              ? nearest.fix.title
              : nearest.kind === 'question'
                ? nearest.question.title
                : nearest.option.label
          }
        />
      );
    }
  }
}
