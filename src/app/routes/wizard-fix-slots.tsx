import { lazy, Suspense } from 'react';
import type { Answers, FixSection, FixSummary } from '../../content/model';

const SenderMessagePanel = lazy(() => import('./sender-message-panel'));
const StillBouncingLink = lazy(() => import('./still-bouncing-link'));

/** The admin fix page section after which the troubleshooting path is offered. */
const TEST_SECTION_ID = 'test';

/** After an admin fix page's Test section: the way into "still bouncing" (decision 0020). */
export function renderStillBouncingLink(answers: Answers) {
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
export function renderSenderMessage(summary: FixSummary, answers: Answers) {
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
