import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { loadQuestionHelp } from '../../content/question-help';
import { findPowerShellSibling } from '../../content/powershell-sibling';
import { redirectFor, resolvePosition, segmentsFromPath } from '../../content/resolve-position';
import { siteContent } from '../../content/site-content';
import type { Answers, FixSection, FixSummary } from '../../content/model';
import { FixPage } from '../../features/fix-page/components/fix-page';
import { Breadcrumb } from '../../features/wizard/components/breadcrumb';
import { QuestionScreen } from '../../features/wizard/components/question-screen';
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
import { usePrefetchFixes } from '../preload-page';

const SenderMessagePanel = lazy(() => import('./sender-message-panel'));
const ResumeGate = lazy(() => import('./resume-gate'));
// The start page's way into the analyzer: a chunk of its own (listed by the prerendered start
// page, so it is there before hydration), which keeps the entry within budget (decision 0027).
// Impossible combinations are reached by URL (a hard load, whose prerendered page lists this
// chunk), hardly ever by a click: their screen is a chunk of its own too.
const UnavailableScreen = lazy(() => import('../../features/wizard/components/unavailable-screen'));
const AnalyzerCallout = lazy(() => import('../../features/analyzer/components/analyzer-callout'));
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

/**
 * On a sender page the message to the recipient's admin comes first, right under the page's tools:
 * it is what the sender came for, so it starts on the first screen, phone included.
 */
function renderSenderMessage(summary: FixSummary, answers: Answers) {
  return (
    <div className="mt-6">
      <Suspense fallback={<div className="min-h-96" />}>
        <SenderMessagePanel
          pageCodes={summary.codes}
          {...(answers.method ? { refusal: answers.method } : {})}
        />
      </Suspense>
    </div>
  );
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
  usePrefetchFixes(pathname);
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
                <Suspense fallback={null}>
                  <AnalyzerCallout />
                </Suspense>
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
          header={<Breadcrumb trail={position.trail} path={position.path} />}
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
          renderCommand={renderCommandBlock}
          renderLead={(body) =>
            // The sender's message is what a sender came for: it leads the page (decision 0025).
            position.answers.role === roleSlugs.sender &&
            renderSenderMessage(body.summary, position.answers)
          }
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
        <Suspense fallback={null}>
          <UnavailableScreen
            question={position.question}
            option={position.option}
            rule={position.rule}
            trail={position.trail}
            questionPath={
              position.trail.at(-1) ? position.path.replace(/\/[^/]+$/, '') || '/' : '/'
            }
          />
        </Suspense>
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
