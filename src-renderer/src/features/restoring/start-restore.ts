/**
 * Starting a restore once the person chose Merge or Replace. Merge queues the bundle's job with the library's
 * articles kept (import-repo 'keep'). Replace first backs the library up into the Backups folder (an export
 * through main's export sessions, streamed like any export); if that cannot be written, nothing else happens.
 * Then it restores into a staging database (data/staging-library.ts), never into the library: only when the whole
 * bundle was read does the library switch to it, by name, in one write. A Replace that stops (an error, a full
 * disk, a cancel, a crash) leaves the library as it was, and its staging database is deleted.
 */
import type { RestoreContents, RestoreSource } from '../../../../src-shared/contract';
import { bridge, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { articleIdsInScope } from '../../data/export-repo';
import { refuseIfReadOnly } from '../../data/read-only';
import { commitStaging, dropStaging, stageLibrary } from '../../data/staging-library';
import { translatorFor } from '../../ui/i18n';
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
  if (ids.length > 0) {
    const started = unwrap(await bridge().restore.beginSafetyBackup());
    await streamExport(bridge(), db, started.exportId, ids);
    safetyBackupId = started.backupId;
  }
  const staging = await stageLibrary(db, new Set(choice.contents.articles.map((article) => article.id)));
  const settle = async (result: ImportRunResult): Promise<ImportRunResult> => {
    if (result.error === null && !result.cancelled) {
      commitStaging(db, staging, { name: choice.name, articleCount: await staging.articles.count(), safetyBackupId });
      return result;
    }
    await dropStaging(staging);
    const t = translatorFor('backups');
    const error = result.error === null ? null : t('replaceStopped', { reason: result.error });
    return { ...result, added: 0, updated: 0, error };
  };
  run({ label, steps: [{ restore: choice.source }], existingArticles: 'restore', into: staging, settle });
  return { safetyBackupId };
}
