// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { watchLibrary } from '../../../../src-renderer/src/data/change-feed';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { loadReadingFacts } from '../../../../src-renderer/src/data/library-entries-repo';
import { setReadingPosition } from '../../../../src-renderer/src/data/reading-position-store';
import { setArchived, setFavourite, setRead } from '../../../../src-renderer/src/data/reading-states-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const FIRST = new Date('2026-12-01T10:00:00Z');
const LATER = new Date('2026-12-02T10:00:00Z');

async function library() {
  const db = freshDb();
  const { articleIds } = await storeImportBatch(db, batchOf(parsedArticle({ title: 'A' }), parsedArticle({ title: 'B' }), parsedArticle({ title: 'C' })), sanitize);
  return { db, ids: articleIds };
}

describe('reading states by hand', () => {
  it('favourites and archives many articles at once, keeps the first date, and unsets them', async () => {
    const { db, ids } = await library();
    const [a, b, c] = ids as [string, string, string];
    await setFavourite(db, [a, b], true, FIRST);
    await setFavourite(db, [b, c], true, LATER);
    await setArchived(db, [c], true, FIRST);
    const states = async () => (await db.articles.bulkGet(ids)).map((r) => [r?.favouritedAt ?? null, r?.archivedAt ?? null]);
    expect(await states()).toEqual([
      [FIRST.toISOString(), null],
      [FIRST.toISOString(), null],
      [LATER.toISOString(), FIRST.toISOString()],
    ]);
    await setFavourite(db, [a, b], false);
    await setArchived(db, [c, 'not-an-article'], false);
    expect(await states()).toEqual([[null, null], [null, null], [LATER.toISOString(), null]]);
    // The index answers (the favourites filter and the sidebar can count by it).
    expect(await db.articles.where('favouritedAt').above('').primaryKeys()).toEqual([c]);
  });

  it('marks read and unread by hand, keeping an earlier read date and the place in the text', async () => {
    const { db, ids } = await library();
    const [a, b] = ids as [string, string];
    await setRead(db, [a], true, FIRST);
    await setReadingPosition(db, b, { textOffset: 10, fraction: 0.5 });
    await setRead(db, [a, b], true, LATER);
    expect((await db.settings.get(`reader.read.${a}`))?.value).toBe(FIRST.toISOString());
    expect([...(await loadReadingFacts(db)).read].sort()).toEqual([a, b].sort());
    await setRead(db, [a, b], false);
    const facts = await loadReadingFacts(db);
    expect(facts.read.size).toBe(0);
    expect(facts.progress.get(b)).toBe(0.5);
  });

  it('is one committed change the change feed (search index, backups) sees', async () => {
    const { db, ids } = await library();
    const seen: string[][] = [];
    const stop = watchLibrary(db, (changed) => seen.push([...changed].sort()));
    await setFavourite(db, ids, true);
    await setArchived(db, ids.slice(0, 1), true);
    stop();
    expect(seen).toEqual([[...ids].sort(), ids.slice(0, 1)]);
  });
});
