/**
 * Opening the index at start, and (re)indexing articles in slices. The stored index is checked against the
 * library's ids and document versions: consistent, it is used as is; a few articles differ (a twentieth at most),
 * they are repaired; much differs, or nothing usable is stored, the index is rebuilt from the library, its bodies
 * read a batch at a time.
 */
import type { OffprintDatabase } from '../db/database';
import { InvertedIndex } from '../search';
import { loadStoredIndex } from './index-store';
import { libraryVersions, loadDocuments } from './library-documents';

export type OpenedAs = 'loaded' | 'repaired' | 'rebuilt';

/** Articles read from the database at a time. */
const BATCH = 50;
/** Give the event loop a turn after this much work (ms). */
const SLICE_MS = 30;
/**
 * Turn the documents added so far into a segment this often: the core would wait for 2,000, and building a
 * segment that large is one task of about 300 ms. The core's merges of segments stay single tasks (about 180 ms
 * when 8 × 200 documents of 5 KB are merged, more at the larger tiers): only a worker or incremental merges in
 * the core would remove those.
 */
const SEGMENT_DOCS = 200;

export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function openIndex(db: OffprintDatabase): Promise<{ index: InvertedIndex; openedAs: OpenedAs }> {
  const stored = await loadStoredIndex(db);
  const versions = await libraryVersions(db, pause);
  if (stored) {
    const report = stored.consistencyCheck(versions);
    if (report.consistent) return { index: stored, openedAs: 'loaded' };
    if (!report.needsRebuild) {
      for (const id of report.extra) stored.remove(id);
      await reindex(db, stored, [...report.missing, ...report.stale]);
      return { index: stored, openedAs: 'repaired' };
    }
  }
  const fresh = new InvertedIndex();
  await reindex(db, fresh, [...versions.keys()]);
  return { index: fresh, openedAs: 'rebuilt' };
}

/** Reads these articles again and puts them in the index, or takes them out when they are gone. */
export async function reindex(db: OffprintDatabase, index: InvertedIndex, ids: readonly string[]): Promise<void> {
  let sliceStart = performance.now();
  let unflushed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const docs = await loadDocuments(db, batch);
    const present = new Set(docs.map((d) => d.id));
    for (const id of batch) if (!present.has(id)) index.remove(id);
    for (const doc of docs) {
      index.add(doc);
      if (++unflushed >= SEGMENT_DOCS) {
        await pause();
        index.flush();
        unflushed = 0;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
  }
}
