/**
 * The breadcrumb's "change" links and Back carry the position they leave in the router's history
 * state, so the question they open knows the current answer and can keep the later ones
 * (content/change-answer.ts). It is not part of the URL: the question's address stays the same.
 */
const CHANGE_FROM = 'changeAnswerFrom';

export function changeAnswerState(fromPath: string): Record<string, string> {
  return { [CHANGE_FROM]: fromPath };
}

/** The path a change link came from, when the history state holds one (anything else: none). */
export function changeFromState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const from: unknown = (state as Record<string, unknown>)[CHANGE_FROM];
  return typeof from === 'string' && from.startsWith('/') ? from : undefined;
}
