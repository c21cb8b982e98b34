/**
 * Tells main what opened the library (schema version, article count) once it is open and shown, and again each
 * time the number of articles changes (an import, a restore, a delete), so that the record always says how many
 * articles the library held and an empty library at a later start is compared with that. Not while the
 * empty-library notice waits for an answer: an unexplained empty library is never recorded.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { bridge, unwrap } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';

export async function recordLibraryOpened(db: OffprintDatabase, articleCount?: number): Promise<void> {
  const count = articleCount ?? (await db.articles.count());
  unwrap(await bridge().library.opened({ schemaVersion: db.verno, articleCount: count }));
}

/**
 * `active`: the app passes true once the library's first rows are shown, so that counting (which walks every
 * article) never delays them; until then nothing is counted.
 */
export function useLibraryRecord(db: OffprintDatabase, active: boolean): void {
  const count = useLiveQuery<number | undefined>(() => (active ? db.articles.count() : undefined), [db, active]);
  useEffect(() => {
    if (!active || count === undefined) return;
    recordLibraryOpened(db, count).catch((error: unknown) => console.error('[offprint] The library could not be recorded:', error));
  }, [db, active, count]);
}
