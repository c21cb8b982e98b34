/**
 * Opening the index at start, and (re)indexing articles. The stored index is checked against the library's ids
 * and document versions: consistent, it is used as is; a few articles differ (a twentieth at most), they are
 * repaired; much differs, or nothing usable is stored, the index is rebuilt from the library, its bodies read a
 * batch at a time. The index itself works in its engine (a worker in the app), so none of this blocks the window.
 */
import type { OffprintDatabase } from '../database';
import { isInMemory } from '../read-only';
import type { IndexEngine } from '../../../../src-shared/search/engine/index-engine';
import { STORED_INDEX_KEY, STORED_INDEX_VERSION } from './index-store';
import { libraryVersions, loadDocuments } from './library-documents';

export type OpenedAs = 'loaded' | 'repaired' | 'rebuilt';

/** Articles read from the database, and handed to the engine, at a time. */
const BATCH = 50;

export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function openIndex(db: OffprintDatabase, engine: IndexEngine): Promise<OpenedAs> {
  const versions = await libraryVersions(db, pause);
  // A library held in memory has no stored index: the worker's IndexedDB is not the one it lives in.
  if (!isInMemory(db) && (await engine.loadStored(db.name, STORED_INDEX_KEY, STORED_INDEX_VERSION))) {
    const report = await engine.check(versions.encoded);
    if (report.consistent) return 'loaded';
    if (!report.needsRebuild) {
      await engine.apply(report.extra, []);
      await reindex(db, engine, [...report.missing, ...report.stale]);
      return 'repaired';
    }
  }
  await engine.reset();
  await reindex(db, engine, versions.ids);
  return 'rebuilt';
}

/** Reads these articles again and puts them in the index, or takes them out when they are gone. */
export async function reindex(db: OffprintDatabase, engine: IndexEngine, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const docs = await loadDocuments(db, batch);
    const present = new Set(docs.map((d) => d.id));
    await engine.apply(
      batch.filter((id) => !present.has(id)),
      docs,
    );
  }
}
