// Runs the same content checks as the build, without building: `npm run content:check`.
import { buildContent } from '../src/content/build/build-content.ts';
import { formatProblems } from '../src/content/build/content-problem.ts';
import { readContentDir } from '../src/content/build/read-content-dir.ts';

const result = buildContent(readContentDir(process.cwd()));
if (result.bundle) {
  const { tree, fixes } = result.bundle;
  console.log(
    `Content is valid: ${Object.keys(tree.questions).length} questions, ${fixes.length} fix pages.`,
  );
} else {
  console.error(formatProblems(result.problems));
  process.exitCode = 1;
}
