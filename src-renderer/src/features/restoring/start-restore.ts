/**
 * Starting a restore once the person chose Merge or Replace. Merge queues the bundle's job with the library's
 * articles kept (import-repo 'keep'). Replace first asks main whether the disks hold it (the backup restored
 * beside the library and the library's own backup: about two libraries) and stops before writing anything when
 * they do not. Then it backs the library up into the Backups folder (an export through main's export sessions,
 * streamed like any export); if that cannot be written, nothing else happens. Then it restores into a staging
 * database (data/staging-library.ts), never into the library: only when the whole bundle was read does the
 * library switch to it, by name, in one transaction. A Replace that stops (an error, a full
 * disk, a cancel, a crash) leaves the library as it was, and its staging database is deleted.
 */
import type { RestoreContents, RestoreSource } from '../../../../src-shared/contract';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { estimateLibraryBytes } from '../../data/backup-repo';
import { articleIdsInScope } from '../../data/export-repo';
import { refuseIfReadOnly } from '../../data/read-only';
import { commitStaging, dropStaging, stageLibrary } from '../../data/staging-library';
import { translatorFor } from '../../ui/i18n';
import { backupSize } from '../backups';
import { streamExport } from '../exporting';
import type { ImportRequest, ImportRunResult } from '../importing';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreStarted {
  /** The backup a Replace wrote of the library first (its id in the Backups folder), or null. */
  safetyBackupId: string | null;
}

export async function startRestore(
  db: OffprintDatabase,
  run: (request: ImportRequest) => void,
  choice: { source: RestoreSource; name: string; contents: RestoreContents },
  mode: RestoreMode,
  /** The job's name in the import queue, in the interface language ("Restore (merge): Offprint 2026-12-01.offprint"). */
  label: string,
): Promise<RestoreStarted> {
  refuseIfReadOnly(db);
  if (mode === 'merge') {
    run({ label, steps: [{ restore: choice.source }], existingArticles: 'keep' });
    return { safetyBackupId: null };
  }
  let safetyBackupId: string | null = null;
  const ids = await articleIdsInScope(db, { kind: 'library' });
  // Room for about two libraries (the backup restored beside this one, and this one's backup), asked first.
  const space = unwrap(await bridge().restore.checkSpace(choice.source, ids.length > 0 ? await estimateLibraryBytes(db) : 0));
  if (!space.enough) {
    const t = translatorFor('backups');
    throw new Error(t('replaceNoSpace', { needed: backupSize(space.neededBytes, t), free: backupSize(space.freeBytes, t) }));
  }
  if (ids.length > 0) {
    const started = unwrap(await bridge().restore.beginSafetyBackup());
    await streamExport(bridge(), db, started.exportId, ids);
    safetyBackupId = started.backupId;
  }
  const staging = await stageLibrary(db, new Set(choice.contents.articles.map((article) => article.id)));
  const settle = async (result: ImportRunResult): Promise<ImportRunResult> => {
    let stopped = result;
    if (result.error === null && !result.cancelled) {
      try {
        await commitStaging(db, staging, { name: choice.name, articleCount: await staging.articles.count(), safetyBackupId });
        return result;
      } catch (error) {
        // The switch is one transaction: when it fails the library is still the old one.
        stopped = { ...result, error: errorMessage(error) };
      }
    }
    await dropStaging(staging);
    const t = translatorFor('backups');
    const error = stopped.error === null ? null : t('replaceStopped', { reason: stopped.error });
    return { ...stopped, added: 0, updated: 0, error };
  };
  run({ label, steps: [{ restore: choice.source }], existingArticles: 'restore', into: staging, settle });
  return { safetyBackupId };
}
