import type { CodeCatalogue } from '../codes-schema.ts';
import type { Tree } from '../model.ts';
import type { ContentProblem } from './content-problem.ts';

/**
 * The catalogue's platform facts and the tree's platforms must be the same set: a fact about a
 * platform the tree doesn't offer would send the wizard nowhere, and a platform without facts
 * could never be recognized in a bounce (nor offered among on-premises candidates).
 */
export function checkPlatformFacts(
  tree: Tree,
  codes: CodeCatalogue,
  file: string,
): ContentProblem[] {
  const inTree = new Set(
    Object.values(tree.questions)
      .filter((question) => question.key === 'platform')
      .flatMap((question) => question.options.map((option) => option.slug)),
  );
  // Without the section the analyzer guesses no platform (small test catalogues leave it out).
  const list = codes.platforms?.list;
  if (!list) return [];
  const problems: ContentProblem[] = [];
  const listed = new Set<string>();
  list.forEach((platform, index) => {
    if (listed.has(platform.slug)) {
      problems.push({
        file,
        field: `platforms.list[${index}].slug`,
        message: `"${platform.slug}" is listed twice`,
      });
    }
    listed.add(platform.slug);
    if (!inTree.has(platform.slug)) {
      problems.push({
        file,
        field: `platforms.list[${index}].slug`,
        message: `no platform question in the tree has the answer "${platform.slug}"`,
      });
    }
  });
  for (const slug of inTree) {
    if (!listed.has(slug)) {
      problems.push({
        file,
        field: 'platforms.list',
        message: `the tree's platform "${slug}" has no facts here`,
      });
    }
  }
  return problems;
}
