import { enumeratePositions, type EnumeratedPosition } from '../content/enumerate-positions';
import { siteContent } from '../content/site-content';

let positions: EnumeratedPosition[] | undefined;

/**
 * Every URL of the tree, computed once on first use (a walk over the tree: cheap). Only lazily
 * loaded parts use it (/fixes, the sender's message), so it stays out of the entry chunk.
 */
export function treePositions(): readonly EnumeratedPosition[] {
  positions ??= enumeratePositions(siteContent());
  return positions;
}
