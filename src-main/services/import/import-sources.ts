/**
 * The import entry points the bridge calls. `parsePaths` reads files and folders on disk; `parseFiles` reads
 * files handed over as bytes (a drop without paths: their relative images cannot be found and stay placeholders).
 * Files are parsed a few at a time, and the batch lists articles and failures sorted by path, whatever the order
 * in which parsing finished. Never throws for a bad file: each one becomes a failure with its reason.
 */
import type { DroppedFile, ImportBatch } from '../../../src-shared/contract';
import { NO_ASSETS } from './asset-source';
import { collectFiles } from './collect-files';
import { mapWithConcurrency } from './concurrency';
import { importBytes, importFileAtPath, type ImportLimits, type ImportOutcome } from './import-file';

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 4;

export interface ImportOptions {
  /** Largest file accepted, in bytes (50 MB). */
  maxFileBytes?: number;
  /** How many files are parsed at the same time (4). */
  concurrency?: number;
}

function limitsOf(options: ImportOptions): ImportLimits {
  return { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function toBatch(outcomes: ImportOutcome[], extraFailures: ImportBatch['failures'] = []): ImportBatch {
  const sorted = [...outcomes].sort(byPath);
  return {
    articles: sorted.flatMap((outcome) => ('article' in outcome ? [outcome.article] : [])),
    failures: [...sorted.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : [])), ...extraFailures].sort(byPath),
  };
}

export async function parsePaths(paths: string[], options: ImportOptions = {}): Promise<ImportBatch> {
  const limits = limitsOf(options);
  const { files, failures } = await collectFiles(paths);
  const outcomes = await mapWithConcurrency(files, options.concurrency ?? DEFAULT_CONCURRENCY, (file) =>
    importFileAtPath(file, limits),
  );
  return toBatch(outcomes, failures);
}

export async function parseFiles(files: DroppedFile[], options: ImportOptions = {}): Promise<ImportBatch> {
  const limits = limitsOf(options);
  const outcomes = await mapWithConcurrency(files, options.concurrency ?? DEFAULT_CONCURRENCY, (file) =>
    importBytes(file.name, file.name, file.bytes, NO_ASSETS, limits),
  );
  return toBatch(outcomes);
}
