import { Navigate, useLocation } from 'react-router';
import { redirectFor, resolvePosition, segmentsFromPath } from '../../content/resolve-position';
import { siteContent } from '../../content/site-content';
import { usePrefetchFixes } from '../preload-page';
import { renderFixPosition } from './wizard-fix-position';
import { renderNotFoundPosition } from './wizard-not-found-position';
import { renderQuestionPosition } from './wizard-question-position';
import { renderUnavailablePosition } from './wizard-unavailable-position';

/**
 * Every wizard URL: the path is the position in the tree (docs/design.md's URL contract). An old
 * address redirects; every other one resolves to a position, each kind rendered by its own module.
 */
export function WizardRoute() {
  const { pathname, hash } = useLocation();
  usePrefetchFixes(pathname);
  const content = siteContent();
  const redirect = redirectFor(content.redirects, pathname);
  if (redirect) return <Navigate to={redirect + hash} replace />;

  const position = resolvePosition(content, segmentsFromPath(pathname));
  switch (position.kind) {
    case 'question':
      return renderQuestionPosition(position);
    case 'fix':
      return renderFixPosition(content, position);
    case 'unavailable':
      return renderUnavailablePosition(position);
    case 'not-found':
      return renderNotFoundPosition(position);
  }
}
