import type { CodeCatalogue } from '../codes-schema.ts';
import type { Tree } from '../model.ts';
import type { ContentProblem } from './content-problem.ts';

/**
 * Every `method` answer in the bounce-code catalogue must be an option of a `method` question in
 * the tree; otherwise the analyzer's continue link would silently stop short. (Recipient types
 * and platforms are not checked: the tree may not cover one yet, and the analyzer says so.)
 */
export function checkCodeAnswers(tree: Tree, codes: CodeCatalogue, file: string): ContentProblem[] {
  const methods = new Set(
    Object.values(tree.questions)
      .filter((question) => question.key === 'method')
      .flatMap((question) => question.options.map((option) => option.slug)),
  );
  const problems: ContentProblem[] = [];
  const check = (slug: string | undefined, field: string) => {
    if (slug !== undefined && !methods.has(slug)) {
      problems.push({
        file,
        field,
        message: `no method question in the tree has the answer "${slug}"`,
      });
    }
  };
  codes.entries.forEach((entry, index) => {
    check(entry.method, `entries[${index}].method`);
    entry.ask?.options.forEach((option, optionIndex) =>
      check(option.method, `entries[${index}].ask.options[${optionIndex}].method`),
    );
  });
  return problems;
}
