import { loadContentBundle } from '../../src/content/build/content-plugin.ts';
import { enumeratePositions } from '../../src/content/enumerate-positions.ts';

/** Every URL of the tree, read from content/ the same way the build reads it. */
export function contentPositions() {
  const bundle = loadContentBundle(process.cwd());
  return { bundle, positions: enumeratePositions(bundle) };
}
