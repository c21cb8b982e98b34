/**
 * The backup made before a schema upgrade (issue 12, "always before a schema upgrade"). openLibrary knows the
 * version the library was installed at (`indexedDB.databases()`, which opens nothing); when it is older than the
 * version this app declares, this runs BEFORE the app's database is opened: the library is opened as it is (a
 * Dexie without versions opens the installed schema and changes nothing), backed up through the same path as
 * every backup (main writes, verifies and rotates it; reason `schema-upgrade`), and closed. Only then does the
 * app open it at its own version, which runs the upgrade. A library without articles needs no backup.
 * A backup that fails does not stop the app: main records the failure (Settings shows it) and the upgrade runs.
 */
import { Dexie } from 'dexie';
import type { OffprintDatabase } from '../../data/database';
import { backUp, currentBackupState } from './backup-store';

export type UpgradeBackup =
  | { kind: 'not-needed' }
  | { kind: 'backed-up'; articleCount: number }
  | { kind: 'failed'; message: string };

/** Backs up the library `name` as it is on disk, at its installed schema version; closes it again. */
export async function backUpBeforeUpgrade(name: string): Promise<UpgradeBackup> {
  const installed = new Dexie(name);
  try {
    await installed.open();
    // Opened without versions, Dexie lists the installed tables; they are put where a declared schema puts them
    // (db.articles, …), so the backup reads them as usual. An older schema lacks some (collections before 4).
    for (const table of installed.tables) Object.assign(installed, { [table.name]: table });
    const library = installed as unknown as OffprintDatabase;
    if (!installed.tables.some((table) => table.name === 'articles') || (await library.articles.count()) === 0) return { kind: 'not-needed' };
    await backUp(library, 'schema-upgrade');
    const { run } = currentBackupState();
    if (run.phase === 'done') return { kind: 'backed-up', articleCount: run.articleCount };
    const message = run.phase === 'error' ? run.message : 'The backup did not run.';
    console.error('[offprint] The backup before the schema upgrade failed; the library is upgraded all the same:', message);
    return { kind: 'failed', message };
  } finally {
    installed.close();
  }
}
