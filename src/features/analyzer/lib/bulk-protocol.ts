/** The messages between the page and the bulk triage worker. */
import type { CodeCatalogue } from '../../../content/codes-schema';
import type { BulkFile, BulkProgress, BulkResult } from './bulk-run';

export type ToBulkWorker =
  /** Files are handed over by reference: the worker reads them, the page never does. */
  { type: 'start'; files: BulkFile[]; catalogue: CodeCatalogue } | { type: 'cancel' };

export type FromBulkWorker =
  | { type: 'progress'; progress: BulkProgress }
  | { type: 'done'; result: BulkResult }
  | { type: 'failed'; message: string };
