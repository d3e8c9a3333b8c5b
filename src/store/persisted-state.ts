import type { FixProgress } from './slices/progress-slice.ts';

/** The part of the store written to storage (bump STORE_VERSION when its shape changes). */
export interface PersistedState {
  /** Read through command-inputs.ts, which checks every entry (scope, age, shape). */
  commandInputs: Record<string, unknown>;
  progress: Record<string, FixProgress>;
}

export const STORE_VERSION = 2;

/**
 * Turns whatever was in storage into a valid state, dropping anything malformed. Stored data may
 * be from an older version, edited by hand or corrupted; it must never break the page.
 */
export function sanitizePersistedState(value: unknown): PersistedState {
  const record = isRecord(value) ? value : {};
  return {
    commandInputs: isRecord(record.commandInputs) ? record.commandInputs : {},
    progress: sanitizeProgress(record.progress),
  };
}

/**
 * Migrations from older stored versions to STORE_VERSION: sanitising keeps what is valid. Version
 * 1's typed values (flat strings, with no recipient type and no time) stay opaque here and are
 * never read: command-inputs.ts ignores them and drops them on the next write (decision 0024).
 */
export function migratePersistedState(persisted: unknown, _fromVersion: number): PersistedState {
  return sanitizePersistedState(persisted);
}

function sanitizeProgress(value: unknown): Record<string, FixProgress> {
  if (!isRecord(value)) return {};
  const progress: Record<string, FixProgress> = {};
  for (const [fixId, entry] of Object.entries(value)) {
    if (!isRecord(entry) || !Array.isArray(entry.done) || typeof entry.path !== 'string') continue;
    const done = entry.done.filter(
      (step): step is number =>
        typeof step === 'number' && Number.isInteger(step) && step > 0 && step < 1000,
    );
    const updatedAt =
      typeof entry.updatedAt === 'number' && Number.isFinite(entry.updatedAt) ? entry.updatedAt : 0;
    if (entry.path.startsWith('/')) progress[fixId] = { done, path: entry.path, updatedAt };
  }
  return progress;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
