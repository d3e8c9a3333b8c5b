import type { FixSummary } from './model.ts';

/** A fix summary for tests: only what a test names differs from these defaults. */
export function fixSummary(id: string, overrides: Partial<FixSummary> = {}): FixSummary {
  return {
    id,
    title: id,
    summary: '',
    appliesTo: {},
    codes: [],
    sources: [],
    reviewed: '2026-11-26',
    stepCount: 1,
    ...overrides,
  };
}

/** A fix summary for tests: only the id and what it applies to matter. */
export const fixFor = (id: string, appliesTo: FixSummary['appliesTo']): FixSummary =>
  fixSummary(id, { appliesTo });
