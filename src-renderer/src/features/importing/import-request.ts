/**
 * What to import, in the shape the import runner takes: a label for the report and the steps (bridge sources,
 * or failures found here in the renderer). Each entry point builds one: the dialog, a drop, files opened with
 * the app, the first-run sample library.
 */
import type { DroppedFile, ImportFailure, ImportSource, RestoreSource } from '../../../../src-shared/contract';
import type { ExistingArticles } from '../../data/import-repo';
import { DROPPED_BYTES_PER_CALL, droppedTooLargeReason, groupDroppedFiles } from '../../../../src-shared/import/dropped-files';
import { fileName, formatCount } from './import-summary';

/** A restore is a step too: main starts its job from the backup or granted file it resolves itself. */
export type ImportStep = { source: ImportSource } | { restore: RestoreSource } | { failures: ImportFailure[] };

export interface ImportRequest {
  /** A short description for the report: "Field notes (folder)", "3 files", "Sample library". */
  label: string;
  steps: Iterable<ImportStep> | AsyncIterable<ImportStep>;
  /** How articles already in the library are stored (import-repo.ts); an import updates them. */
  existingArticles?: ExistingArticles;
}

/**
 * Files dropped without a path travel as bytes, this many per job and at most DROPPED_BYTES_PER_CALL (the bridge
 * takes at most 1,000 files and that many bytes per call).
 */
export const DROPPED_FILES_PER_JOB = 100;

function labelForPaths(paths: readonly string[], what: string): string {
  return paths.length === 1 ? fileName(paths[0] ?? '') : `${formatCount(paths.length)} ${what}`;
}

export function pathsRequest(paths: string[], mode: 'files' | 'folder' = 'files'): ImportRequest {
  const label = mode === 'folder' ? `${labelForPaths(paths, 'folders')} (folder)` : labelForPaths(paths, 'files');
  return { label, steps: [{ source: { kind: 'paths', paths } }] };
}

export function sampleRequest(): ImportRequest {
  return { label: 'Sample library', steps: [{ source: { kind: 'sample' } }] };
}

/**
 * Dropped files: those with a path on disk are imported by path (folders too); the others are read here and
 * sent as bytes, a group at a time, so that only one group is in memory at once.
 */
export function dropRequest(files: readonly File[], pathForFile: (file: File) => string): ImportRequest {
  const paths: string[] = [];
  const withoutPath: File[] = [];
  for (const file of files) {
    const path = pathForFile(file);
    if (path) paths.push(path);
    else withoutPath.push(file);
  }
  const label = files.length === 1 ? (files[0]?.name ?? 'a dropped file') : `${formatCount(files.length)} dropped files`;
  return { label, steps: dropSteps(paths, withoutPath) };
}

async function* dropSteps(paths: string[], withoutPath: File[]): AsyncGenerator<ImportStep> {
  if (paths.length > 0) yield { source: { kind: 'paths', paths } };
  const { groups, tooLarge } = groupDroppedFiles(withoutPath, (file) => file.size, DROPPED_FILES_PER_JOB, DROPPED_BYTES_PER_CALL);
  if (tooLarge.length > 0) yield { failures: tooLarge.map((file) => ({ path: file.name, reason: droppedTooLargeReason(file.size) })) };
  for (const group of groups) {
    const { dropped, failures } = await readFiles(group);
    if (failures.length > 0) yield { failures };
    if (dropped.length > 0) yield { source: { kind: 'files', files: dropped } };
  }
}

async function readFiles(files: readonly File[]): Promise<{ dropped: DroppedFile[]; failures: ImportFailure[] }> {
  const dropped: DroppedFile[] = [];
  const failures: ImportFailure[] = [];
  for (const file of files) {
    try {
      dropped.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      failures.push({ path: file.name, reason: 'The file could not be read (a folder can only be imported by its path).' });
    }
  }
  return { dropped, failures };
}
