/**
 * Starting a restore once the person chose Merge or Replace. Merge queues the bundle's job with the library's
 * articles kept (import-repo 'keep'). Replace first backs the library up into the Backups folder (an export
 * through main's export sessions, streamed like any export), then clears it, then queues the job: if the backup
 * cannot be written, nothing is cleared.
 */
import type { RestoreContents, RestoreSource } from '../../../../src-shared/contract';
import { bridge, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { articleIdsInScope } from '../../data/export-repo';
import { clearLibrary } from '../../data/restore-repo';
import { streamExport } from '../exporting';
import type { ImportRequest } from '../importing';

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
  let safetyBackupId: string | null = null;
  if (mode === 'replace') {
    const ids = await articleIdsInScope(db, { kind: 'library' });
    if (ids.length > 0) {
      const started = unwrap(await bridge().restore.beginSafetyBackup());
      await streamExport(bridge(), db, started.exportId, ids);
      safetyBackupId = started.backupId;
    }
    await clearLibrary(db, new Set(choice.contents.articles.map((article) => article.id)));
  }
  run({
    label,
    steps: [{ restore: choice.source }],
    existingArticles: mode === 'merge' ? 'keep' : 'restore',
  });
  return { safetyBackupId };
}
