/**
 * Bulk triage on several workers: the files cut into consecutive slices of about equal size,
 * one per worker, and the slices' results put back together in file order, so the outcome is
 * the one a single worker would have given (the same groups, samples and problems, in order).
 */
import { mergeGroups } from './bulk-groups';
import {
  MAX_LISTED_PROBLEMS,
  type BulkFile,
  type BulkProblemReason,
  type BulkProgress,
  type BulkResult,
} from './bulk-run';

/** Consecutive slices, at most `parts` and none empty, of about the same number of bytes. */
export function splitFiles<File extends BulkFile>(files: readonly File[], parts: number): File[][] {
  const count = Math.max(1, Math.min(parts, files.length));
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const slices: File[][] = [];
  let start = 0;
  let bytes = 0;
  files.forEach((file, index) => {
    bytes += file.size;
    const slicesLeft = count - slices.length - 1;
    if (slicesLeft === 0) return;
    const filesLeft = files.length - index - 1;
    // A slice ends at its share of the bytes, or when each slice still to come needs a file.
    if (bytes >= (total * (slices.length + 1)) / count || filesLeft === slicesLeft) {
      slices.push(files.slice(start, index + 1));
      start = index + 1;
    }
  });
  slices.push(files.slice(start));
  return slices;
}

/** The progress of several slices as one. */
export function addProgress(parts: readonly BulkProgress[]): BulkProgress {
  const sum = (key: keyof BulkProgress) => parts.reduce((total, part) => total + part[key], 0);
  return {
    filesDone: sum('filesDone'),
    filesTotal: sum('filesTotal'),
    bytesDone: sum('bytesDone'),
    bytesTotal: sum('bytesTotal'),
    messages: sum('messages'),
    bounces: sum('bounces'),
    problems: sum('problems'),
  };
}

/** The slices' results, in file order, as one. Its time is the slowest slice's. */
export function mergeResults(results: readonly BulkResult[]): BulkResult {
  const problemsByReason: Partial<Record<BulkProblemReason, number>> = {};
  for (const result of results) {
    for (const [reason, count] of Object.entries(result.problemsByReason) as [
      BulkProblemReason,
      number,
    ][]) {
      problemsByReason[reason] = (problemsByReason[reason] ?? 0) + count;
    }
  }
  return {
    groups: mergeGroups(results.map((result) => result.groups)),
    problems: results.flatMap((result) => result.problems).slice(0, MAX_LISTED_PROBLEMS),
    problemsByReason,
    progress: addProgress(results.map((result) => result.progress)),
    elapsedMs: Math.max(0, ...results.map((result) => result.elapsedMs)),
    cancelled: results.some((result) => result.cancelled),
  };
}
