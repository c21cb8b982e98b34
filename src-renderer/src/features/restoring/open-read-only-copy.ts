/**
 * The version guard's "Open the latest backup read-only": main picks the newest verified backup and reads it as
 * a restore job; its articles go through the import path into a database of their own (READ_ONLY_COPY_NAME,
 * emptied first), never the library, which stays unopened. That copy is then opened again read-only
 * (data/read-only.ts): reading, search and notes work, and every write is refused with "This is a read-only copy
 * of the backup of …". On an older Chromium than the one that last opened the library, the copy is held in memory
 * (fake-indexeddb, loaded only then): this Chromium then touches nothing of the window's IndexedDB, whose whole
 * store for the origin a newer one wrote.
 */
import { Dexie, type DexieOptions } from 'dexie';
import type { BackupEntry, ImportJobStarted, Result } from '../../../../src-shared/contract';
import { formatDateTime } from '../../../../src-shared/format/format';
import { bridge } from '../../data/bridge';
import { OffprintDatabase } from '../../data/database';
import { READ_ONLY_COPY_NAME } from '../../data/library-name';
import { makeReadOnly, markInMemory } from '../../data/read-only';
import { translatorFor } from '../../ui/i18n';
import { ImportRun } from '../importing';

export interface ReadOnlyCopy {
  db: OffprintDatabase;
  backup: BackupEntry;
}

/** "This is a read-only copy of the backup of 2 December 2026, 05:30." */
export function readOnlyMessage(backup: BackupEntry, locale: string): string {
  return translatorFor('backups')('readOnlyCopy', { when: formatDateTime(backup.createdAt, locale) });
}

/** Another IndexedDB, in memory: nothing of the copy reaches the window's storage. */
async function inMemoryIndexedDb(): Promise<DexieOptions> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  return { indexedDB, IDBKeyRange };
}

export async function openReadOnlyCopy(locale: string, inMemory = false): Promise<ReadOnlyCopy> {
  const options = inMemory ? await inMemoryIndexedDb() : undefined;
  const remove = () => new Dexie(READ_ONLY_COPY_NAME, options).delete();
  await remove();
  const fill = new OffprintDatabase(READ_ONLY_COPY_NAME, options);
  let backup: BackupEntry | null = null;
  const start = async (): Promise<Result<ImportJobStarted>> => {
    const opened = await bridge().restore.openLatestReadOnly();
    if (!opened.ok) return opened;
    backup = opened.value.backup;
    return { ok: true, value: opened.value.job };
  };
  try {
    await fill.open();
    const label = translatorFor('backups')('readOnlyCopyJob');
    const result = await new ImportRun(fill, { label, steps: [{ start }], existingArticles: 'restore' }).run();
    if (result.error !== null) throw new Error(result.error);
  } catch (error) {
    fill.close();
    await remove().catch(() => undefined);
    throw error;
  }
  fill.close();
  const opened: BackupEntry | null = backup;
  if (!opened) throw new Error(translatorFor('backups')('readOnlyNoBackup'));
  const db = makeReadOnly(new OffprintDatabase(READ_ONLY_COPY_NAME, options), readOnlyMessage(opened, locale));
  if (inMemory) markInMemory(db);
  await db.open();
  return { db, backup: opened };
}
