import type { Answers, FixRoute } from './model.ts';
import {
  resolvePosition,
  segmentsFromPath,
  type Position,
  type TreeContent,
} from './resolve-position.ts';

/** The `surface` answer for PowerShell (Exchange Online PowerShell or the Management Shell). */
export const POWERSHELL_SURFACE = 'powershell';

export interface PowerShellSibling {
  /** The canonical path of the PowerShell fix page. */
  path: string;
  fix: FixRoute;
  /** Its answers, which pick the `:::only` blocks it shows. */
  answers: Answers;
}

/**
 * The PowerShell fix page for the same answers as a fix page reached with another admin tool
 * (new EAC, classic EAC, EAC, EMC …): the same path with the `surface` answer replaced by
 * `powershell`, resolved through the tree like any URL. Undefined when the page already is the
 * PowerShell one, has no `surface` answer, or the tree has no PowerShell fix for those answers.
 */
export function findPowerShellSibling(
  content: TreeContent,
  position: Extract<Position, { kind: 'fix' }>,
): PowerShellSibling | undefined {
  const surface = position.answers.surface;
  if (surface === undefined || surface === POWERSHELL_SURFACE) return undefined;
  // Each segment of a fix page's path is one answer, so the trail and the segments line up.
  const index = position.trail.findIndex((step) => step.question.key === 'surface');
  const segments = segmentsFromPath(position.path);
  if (index < 0 || segments[index] !== surface) return undefined;
  const siblingSegments = segments.map((segment, i) =>
    i === index ? POWERSHELL_SURFACE : segment,
  );
  const sibling = resolvePosition(content, siblingSegments);
  if (sibling.kind !== 'fix' || sibling.fix.id === position.fix.id) return undefined;
  return { path: sibling.path, fix: sibling.fix, answers: sibling.answers };
}
