import { NotFoundScreen } from './not-found-screen';
import type { PositionOf } from './wizard-position';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** An address with a segment that matches nothing: "not found" and the nearest real step. */
export function renderNotFoundPosition(position: PositionOf<'not-found'>) {
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
