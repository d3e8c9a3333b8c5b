import { fixes, redirects, tree } from 'virtual:content';
import { redirectFor, resolvePosition, segmentsFromPath } from '../content/resolve-position';

/** Whether a stored path (possibly an old one that now redirects) still shows this fix page. */
export function pathLeadsTo(path: string, fixId: string): boolean {
  const current = redirectFor(redirects, path) ?? path;
  const position = resolvePosition({ tree, fixes }, segmentsFromPath(current));
  return position.kind === 'fix' && position.fix.id === fixId;
}
