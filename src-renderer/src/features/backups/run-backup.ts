/**
 * A backup from start to end: main checks the free space and opens the file; the library streams to it a chunk at
 * a time (as an export does, so the window never freezes); `finish` hands over library.json and the change stamp,
 * and main verifies, renames and rotates. On any error the partial file is abandoned (main removes it).
 */
import type { BackupFinished, BackupReason, OffprintApi } from '../../../../src-shared/contract';
import { streamArticles } from '../../data/article-stream';
import { estimateLibraryBytes, libraryStamp, readLibrarySnapshot } from '../../data/backup-repo';
import { unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { refuseIfReadOnly } from '../../data/read-only';

export async function runBackup(
  api: Pick<OffprintApi, 'backup'>,
  db: OffprintDatabase,
  reason: BackupReason,
  onProgress: (done: number, total: number) => void,
): Promise<BackupFinished> {
  refuseIfReadOnly(db);
  // The stamp is read first: a change made while the backup runs makes the next one due.
  const stamp = await libraryStamp(db);
  // The whole library, keys only: no article record is read (a backup needs no order; 100,000 records read and
  // sorted for an export's order cost the window a long task of half a second).
  const ids = (await db.articles.toCollection().primaryKeys()).map(String);
  const estimatedBytes = await estimateLibraryBytes(db);
  const { backupId } = unwrap(await api.backup.begin({ reason, articleCount: ids.length, estimatedBytes }));
  try {
    onProgress(0, ids.length);
    await streamArticles(
      db,
      ids,
      async (chunk) => void unwrap(await api.backup.add(backupId, chunk)),
      (done) => onProgress(done, ids.length),
    );
    return unwrap(await api.backup.finish(backupId, await readLibrarySnapshot(db), stamp));
  } catch (error) {
    await api.backup.abort(backupId).catch(() => undefined);
    throw error;
  }
}
