/**
 * Tells main what opened the library (schema version, article count) once it is open and shown, and again after
 * each import or restore, so that an empty library at a later start can be compared with it. Not while the
 * empty-library notice waits for an answer: an unexplained empty library is never recorded.
 */
import { useEffect } from 'react';
import { bridge, unwrap } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';

export async function recordLibraryOpened(db: OffprintDatabase): Promise<void> {
  unwrap(await bridge().library.opened({ schemaVersion: db.verno, articleCount: await db.articles.count() }));
}

export function useLibraryRecord(db: OffprintDatabase, active: boolean, lastImport: unknown): void {
  useEffect(() => {
    if (!active) return;
    recordLibraryOpened(db).catch((error: unknown) => console.error('[offprint] The library could not be recorded:', error));
  }, [db, active, lastImport]);
}
