import { redirectFor, resolvePosition, segmentsFromPath } from '../content/resolve-position';
import { siteContent } from '../content/site-content';

/** Whether a stored path (possibly an old one that now redirects) still shows this fix page. */
export function pathLeadsTo(path: string, fixId: string): boolean {
  const content = siteContent();
  const current = redirectFor(content.redirects, path) ?? path;
  const position = resolvePosition(content, segmentsFromPath(current));
  return position.kind === 'fix' && position.fix.id === fixId;
}
