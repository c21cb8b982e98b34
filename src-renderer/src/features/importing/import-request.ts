/**
 * What to import, in the shape the import runner takes: a label for the report and the steps (bridge sources,
 * or failures found here in the renderer). Each entry point builds one: the dialog, a drop, files opened with
 * the app, the first-run sample library.
 */
import type {
  DropGrant,
  DroppedFile,
  ImportFailure,
  ImportJobStarted,
  ImportSource,
  PathGrant,
  RestoreSource,
  Result,
} from '../../../../src-shared/contract';
import type { OffprintDatabase } from '../../data/database';
import type { ExistingArticles } from '../../data/import-repo';
import { DROPPED_BYTES_PER_CALL, droppedTooLargeReason, groupDroppedFiles } from '../../../../src-shared/import/dropped-files';
import { translatorFor } from '../../ui/i18n';
import { fileName, type ImportRunResult } from './import-summary';

/** A restore is a step too: main starts its job from the backup or granted file it resolves itself. */
export type ImportStep =
  | { source: ImportSource }
  | { restore: RestoreSource }
  /** A job main started itself from what it chose (the newest verified backup, for the read-only copy). */
  | { start: () => Promise<Result<ImportJobStarted>> }
  | { failures: ImportFailure[] };

export interface ImportRequest {
  /** A short description for the report: "Field notes (folder)", "3 files", "Sample library". */
  label: string;
  /** The names of the folders chosen (the report's paths are shown relative to them). */
  folders?: readonly string[];
  steps: Iterable<ImportStep> | AsyncIterable<ImportStep>;
  /** How articles already in the library are stored (import-repo.ts); an import updates them. */
  existingArticles?: ExistingArticles;
  /** The database the articles go into (a Replace's staging database); the queue's library when absent. */
  into?: OffprintDatabase;
  /** Runs once the run ended, before its end is shown, and may tell it differently (a Replace switched, or stopped). */
  settle?: (result: ImportRunResult) => Promise<ImportRunResult>;
}

/**
 * Files dropped without a path travel as bytes, this many per job and at most DROPPED_BYTES_PER_CALL (the bridge
 * takes at most 1,000 files and that many bytes per call).
 */
export const DROPPED_FILES_PER_JOB = 100;

/** The label of what was chosen, in the interface's language when the import starts (the report keeps it). */
function grantLabel(grant: PathGrant): string {
  const t = translatorFor('importing');
  const [only] = grant.names;
  if (grant.names.length === 1 && only !== undefined) {
    return grant.mode === 'folder' ? t('folderLabel', { name: fileName(only) }) : fileName(only);
  }
  return grant.mode === 'folder' ? t('foldersLabel', { count: grant.names.length }) : t('filesLabel', { count: grant.names.length });
}

/** What the person chose in the dialog or opened with the app: main holds the paths, the request the grant. */
export function grantRequest(grant: PathGrant): ImportRequest {
  return {
    label: grantLabel(grant),
    ...(grant.mode === 'folder' ? { folders: grant.names.map(fileName) } : {}),
    steps: [{ source: { kind: 'grant', grantId: grant.grantId } }],
  };
}

export function sampleRequest(): ImportRequest {
  return { label: translatorFor('importing')('sampleLibrary'), steps: [{ source: { kind: 'sample' } }] };
}

/**
 * Dropped files: those with a path on disk are imported through the grant the preload got for them (folders too);
 * the others are read here and sent as bytes, a group at a time, so that only one group is in memory at once.
 */
export function dropRequest(
  files: readonly File[],
  grantDropped: (files: readonly File[]) => Promise<Result<DropGrant>>,
): ImportRequest {
  const t = translatorFor('importing');
  const label = files.length === 1 ? (files[0]?.name ?? t('aDroppedFile')) : t('droppedFilesLabel', { count: files.length });
  return { label, steps: dropSteps(files, grantDropped) };
}

async function* dropSteps(
  files: readonly File[],
  grantDropped: (files: readonly File[]) => Promise<Result<DropGrant>>,
): AsyncGenerator<ImportStep> {
  const granted = await grantDropped(files);
  if (!granted.ok) throw new Error(granted.error.message);
  const { grant, withoutPath: indexes } = granted.value;
  if (grant) yield { source: { kind: 'grant', grantId: grant.grantId } };
  const withoutPath = indexes.map((index) => files[index]).filter((file): file is File => file !== undefined);
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
      failures.push({ path: file.name, reason: translatorFor('importing')('unreadableDropped') });
    }
  }
  return { dropped, failures };
}
