/** One thing wrong with the content, located by file and (where it applies) field. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return problem.field
    ? `${problem.file}: ${problem.field}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `Content has ${problems.length} ${noun}:`,
    ...problems.map((p) => `  - ${formatProblem(p)}`),
  ].join('\n');
}
