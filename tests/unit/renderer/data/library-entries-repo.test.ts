// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../../../src-renderer/src/data/notes-repo';
import { addHighlight } from '../../../../src-renderer/src/data/highlights-repo';
import { deleteArticles, restoreArticles } from '../../../../src-renderer/src/data/delete-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import {
  ENTRY_CHUNK,
  loadAllEntries,
  loadEntries,
  loadFirstEntries,
  loadReadingFacts,
} from '../../../../src-renderer/src/data/library-entries-repo';
import { getLibrarySort, setLibrarySort } from '../../../../src-renderer/src/data/library-sort-setting';
import { setSetting } from '../../../../src-renderer/src/data/settings-repo';
import { markRead, setReadingPosition } from '../../../../src-renderer/src/data/reading-position-store';
import type { LibraryEntry } from '../../../../src-renderer/src/data/library-entry';
import { parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

describe('loading the library list', () => {
  it('reads every article in chunks, pausing between them, and the first page in date order', async () => {
    const db = freshDb();
    const n = ENTRY_CHUNK + 5;
    await db.articles.bulkAdd(
      Array.from({ length: n }, (_, i) => ({
        ...parsedArticle({ title: `T${i}`, publishedAt: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, keywords: ['k'] }).meta,
        id: `id-${String(i).padStart(5, '0')}`,
        addedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
      })),
    );
    const chunks: LibraryEntry[][] = [];
    let pauses = 0;
    await loadAllEntries(db, (chunk) => chunks.push(chunk), () => false, async () => void (pauses += 1));
    expect(chunks.map((c) => c.length)).toEqual([ENTRY_CHUNK, 5]);
    expect(pauses).toBe(1);
    expect(new Set(chunks.flat().map((e) => e.id)).size).toBe(n);
    expect(Object.keys(chunks[0]![0]!).sort()).toEqual(
      ['addedAt', 'archivedAt', 'author', 'collections', 'favouritedAt', 'id', 'language', 'linkOnly', 'publishedAt', 'source', 'tags', 'title'].sort(),
    );

    const first = await loadFirstEntries(db, { field: 'added', direction: 'desc' }, 3);
    expect(first?.map((e) => e.title)).toEqual([`T${n - 1}`, `T${n - 2}`, `T${n - 3}`]);
    expect(await loadFirstEntries(db, { field: 'published', direction: 'asc' }, n + 1)).toBeNull();
    expect(await loadFirstEntries(db, { field: 'title', direction: 'asc' }, 3)).toBeNull();
    const stopped: LibraryEntry[][] = [];
    await loadAllEntries(db, (chunk) => stopped.push(chunk), () => true);
    expect(stopped).toEqual([]);
    expect((await loadEntries(db, ['id-00000', 'nope'])).map((e) => e?.title)).toEqual(['T0', undefined]);
  });

  it('orders the first page of articles added together as the whole list does, by title', async () => {
    const db = freshDb();
    const titles = ['Zebra crossings', 'Apple orchards', 'Marsh birds', 'Harbour lights'];
    // One batch: one added date for all, and ids that are random, so the index alone would order them by chance.
    await storeImportBatch(db, { articles: titles.map((title) => parsedArticle({ title })), failures: [] }, sanitize);
    const first = await loadFirstEntries(db, { field: 'added', direction: 'desc' }, 10);
    expect(first?.map((e) => e.title)).toEqual(['Apple orchards', 'Harbour lights', 'Marsh birds', 'Zebra crossings']);
  });

  it('knows what was read, how far, and which articles have notes or highlights', async () => {
    const db = freshDb();
    const { articleIds: [a, b, c] } = await storeImportBatch(db, { articles: [parsedArticle(), parsedArticle(), parsedArticle()], failures: [] }, sanitize);
    await markRead(db, a!);
    await setReadingPosition(db, b!, { textOffset: 10, fraction: 0.25 });
    await setSetting(db, `reader.position.${c!}`, 'not a position');
    await addNote(db, c!, 'A note.');
    expect([...(await loadReadingFacts(db)).noted]).toEqual([c]);
    await addHighlight(db, { articleId: b!, selectors: [{ type: 'TextQuoteSelector', exact: 'word', prefix: '', suffix: '' }], color: 'green' });
    const facts = await loadReadingFacts(db);
    expect([...facts.read]).toEqual([a]);
    expect([...facts.progress]).toEqual([[b, 0.25]]);
    expect([...facts.noted].sort()).toEqual([b, c].sort());
  });

  it('remembers the order chosen', async () => {
    const db = freshDb();
    expect(await getLibrarySort(db)).toEqual({ field: 'added', direction: 'desc' });
    await setLibrarySort(db, { field: 'author', direction: 'asc' });
    expect(await getLibrarySort(db)).toEqual({ field: 'author', direction: 'asc' });
  });
});

describe('deleting many articles', () => {
  it('removes them all with their notes in one transaction; Undo puts every one back', async () => {
    const db = freshDb();
    const { articleIds } = await storeImportBatch(
      db,
      { articles: [parsedArticle({ tags: ['t'] }), parsedArticle(), parsedArticle()], failures: [] },
      sanitize,
    );
    const [a, b, c] = articleIds as [string, string, string];
    await addNote(db, a, 'Note on a.');
    await addNote(db, b, 'Note on b.');
    const deleted = await deleteArticles(db, [a, b, 'missing']);
    expect(deleted.map((d) => d.article.id)).toEqual([a, b]);
    expect(deleted[0]?.notes.map((n) => n.body)).toEqual(['Note on a.']);
    expect(await db.articles.count()).toBe(1);
    expect(await db.bodies.count()).toBe(1);
    expect(await db.notes.count()).toBe(0);
    expect((await db.articles.toArray())[0]?.id).toBe(c);

    await restoreArticles(db, deleted);
    expect(await db.articles.count()).toBe(3);
    expect(await db.bodies.count()).toBe(3);
    expect(await db.notes.count()).toBe(2);
    expect((await db.articles.get(a))?.tags).toEqual(['t']);
  });
});
