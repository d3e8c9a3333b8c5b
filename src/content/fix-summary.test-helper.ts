import type { FixSummary } from './model.ts';

/** A fix summary for tests: only the id and what it applies to matter. */
export const fixFor = (id: string, appliesTo: FixSummary['appliesTo']): FixSummary => ({
  id,
  title: id,
  summary: '',
  appliesTo,
  codes: [],
  sources: [],
  reviewed: '2026-11-26',
});
