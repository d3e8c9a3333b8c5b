import { lazy, Suspense } from 'react';
import type { PositionOf } from './wizard-position';

// Impossible combinations are reached by URL (a hard load, whose prerendered page lists this
// chunk), hardly ever by a click: their screen is a chunk of its own.
const UnavailableScreen = lazy(() => import('../../features/wizard/components/unavailable-screen'));

/** A combination that does not exist: the refused answer, why, and the alternative. */
export function renderUnavailablePosition(position: PositionOf<'unavailable'>) {
  return (
    <Suspense fallback={null}>
      <UnavailableScreen
        question={position.question}
        option={position.option}
        rule={position.rule}
        trail={position.trail}
        questionPath={position.trail.at(-1) ? position.path.replace(/\/[^/]+$/, '') || '/' : '/'}
      />
    </Suspense>
  );
}
