import type { EnumeratedPosition } from '../../../content/enumerate-positions';
import type { FixSummary } from '../../../content/model';
import { pathFromSegments, segmentsFromPath } from '../../../content/resolve-position';

/**
 * The deepest admin step that every admin fix page for these bounce codes lies under: the exact
 * fix page when only one fixes them, a shared question when several do (the admin answers the
 * rest), and the admin path's start when the codes are unknown or no admin page lists them.
 */
export function adminPathForCodes(
  positions: readonly EnumeratedPosition[],
  fixes: readonly FixSummary[],
  codes: readonly string[],
  adminRoot: string,
): string {
  if (codes.length === 0) return adminRoot;
  const fixesById = new Map(fixes.map((fix) => [fix.id, fix]));
  const candidates = positions.filter((position) => {
    if (position.kind !== 'fix' || !isUnder(position.path, adminRoot)) return false;
    const fix = fixesById.get(position.id);
    return fix !== undefined && fix.codes.some((code) => codes.includes(code));
  });
  const [first, ...rest] = candidates.map((position) => segmentsFromPath(position.path));
  if (!first) return adminRoot;
  let shared = first.length;
  for (const segments of rest) {
    let index = 0;
    while (index < shared && segments[index] === first[index]) index += 1;
    shared = index;
  }
  return pathFromSegments(first.slice(0, shared));
}

function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}
