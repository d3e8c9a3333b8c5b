import { loadContentBundle } from '../../src/content/build/content-plugin.ts';
import { enumeratePositions } from '../../src/content/enumerate-positions.ts';

let loaded: ReturnType<typeof load> | undefined;

function load() {
  const bundle = loadContentBundle(process.cwd());
  return { bundle, positions: enumeratePositions(bundle) };
}

/**
 * Every URL of the tree, read from content/ the same way the build reads it. Read once per
 * Playwright worker: several spec files ask for it, and building the content takes seconds.
 */
export function contentPositions() {
  loaded ??= load();
  return loaded;
}
