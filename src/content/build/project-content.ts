import { inject } from 'vitest';
import type { ContentBundle } from './build-content.ts';

/** The build of this project's content/, made once per unit-test run (scripts/test/provide-content.ts). */
export function projectContentBuild() {
  return inject('contentBuild');
}

/** The project's content bundle; throws with the problems when content/ does not build. */
export function projectContentBundle(): ContentBundle {
  const { bundle, problems } = projectContentBuild();
  if (!bundle) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return bundle;
}
