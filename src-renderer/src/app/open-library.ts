/**
 * Opening the library, guarded. Before Dexie touches the database, main says what last opened it
 * (`library:guard`): on an older Chromium than last time the database is not opened at all. The database's
 * installed version is read with `indexedDB.databases()` (which opens nothing): one written by a newer schema
 * than this app declares is not opened either, because Dexie 4 would open it anyway (on a VersionError it retries
 * at the installed version) and could patch its schema. A VersionError from Dexie itself means the same. One
 * written by an older schema is backed up as it is first (features/backups/backup-before-upgrade.ts), then upgraded.
 * After opening, an empty library where the record says articles were is reported, never silently accepted.
 * The library's database is the one named active (data/library-name.ts: a Replace switches it by name).
 */
import { Dexie } from 'dexie';
import type { LibraryGuard, LibraryRecord } from '../../../src-shared/contract';
import { bridge, unwrap } from '../data/bridge';
import { hasArticles } from '../data/articles-repo';
import { OffprintDatabase } from '../data/database';
import { activeLibraryName, READ_ONLY_COPY_NAME, removeLeftoverLibraries } from '../data/library-name';
import { backUpBeforeUpgrade } from '../features/backups';

export type GuardStop =
  | { kind: 'older-chromium'; guard: LibraryGuard }
  | { kind: 'newer-schema'; guard: LibraryGuard | null; foundVersion: number | null };

export type OpenedLibrary =
  | { kind: 'open'; db: OffprintDatabase; guard: LibraryGuard | null; emptyWhere: LibraryRecord | null }
  | { kind: 'stopped'; stop: GuardStop };

/** Dexie stores version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

async function installedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((info) => info.name === name);
  return typeof found?.version === 'number' ? found.version / DEXIE_VERSION_FACTOR : null;
}

async function askGuard(): Promise<LibraryGuard | null> {
  try {
    return unwrap(await bridge().library.guard());
  } catch (error) {
    console.error('[offprint] The library record could not be read:', error);
    return null;
  }
}

export async function openLibrary(named?: string): Promise<OpenedLibrary> {
  const guard = await askGuard();
  const name = named ?? (await activeLibraryName());
  if (guard?.olderChromium) return { kind: 'stopped', stop: { kind: 'older-chromium', guard } };
  const db = new OffprintDatabase(name);
  const found = await installedVersion(name);
  if (found !== null && found > db.verno) return { kind: 'stopped', stop: { kind: 'newer-schema', guard, foundVersion: found } };
  // An older schema is backed up as it is before db.open() upgrades it.
  if (found !== null && found < db.verno) await backUpBeforeUpgrade(name);
  try {
    await db.open();
  } catch (error) {
    if ((error as { name?: string }).name === 'VersionError') {
      db.close();
      return { kind: 'stopped', stop: { kind: 'newer-schema', guard, foundVersion: found } };
    }
    throw error;
  }
  // What an interrupted or finished Replace left behind, and an old read-only copy, go now (never the library).
  removeLeftoverLibraries(name)
    .then(() => Dexie.delete(READ_ONLY_COPY_NAME))
    .catch((error: unknown) => console.error('[offprint] Leftover databases could not be deleted:', error));
  const record = guard?.record ?? null;
  const emptyWhere = record && record.articleCount > 0 && !(await hasArticles(db)) ? record : null;
  return { kind: 'open', db, guard, emptyWhere };
}
