// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { libraryStamp, readLibrarySnapshot, recordLibraryChanges } from '../../../../src-renderer/src/data/backup-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { markRead, setReadingPosition } from '../../../../src-renderer/src/data/reading-position-store';
import { setSetting } from '../../../../src-renderer/src/data/settings-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

describe('backup-repo', () => {
  it('snapshots collections, each article’s collections, place and read date, and the other settings', async () => {
    const db = freshDb();
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'One' }), parsedArticle({ title: 'Two' })), sanitize, new Date('2024-01-01'));
    const [one, two] = (await db.articles.orderBy('title').toArray()).map((a) => a.id);
    await db.collections.add({ id: 'c1', name: 'Rivers', createdAt: '2024-05-01T08:00:00.000Z' });
    await db.articles.update(one!, { collections: ['c1'] });
    await setReadingPosition(db, two!, { textOffset: 42, fraction: 0.25 });
    await markRead(db, two!, new Date('2024-06-01T10:00:00Z'));
    await setSetting(db, 'reader.theme', 'sepia');
    await setSetting(db, 'reader.position.gone', { textOffset: 1, fraction: 0.1 });
    const snapshot = await readLibrarySnapshot(db);
    expect(snapshot.collections).toEqual([{ id: 'c1', name: 'Rivers', createdAt: '2024-05-01T08:00:00.000Z' }]);
    expect(snapshot.articles.sort((a, b) => (a.id === one ? -1 : b.id === one ? 1 : 0))).toEqual([
      { id: one, collections: ['c1'], position: null, readAt: null },
      { id: two, collections: [], position: { textOffset: 42, fraction: 0.25 }, readAt: '2024-06-01T10:00:00.000Z' },
    ]);
    // A position of an article no longer in the library is not carried; other settings are, key by key.
    expect(snapshot.settings).toEqual([{ key: 'reader.theme', value: 'sepia' }]);
  });

  it('changes the stamp after each committed change to the library, and only then', async () => {
    const db = freshDb();
    expect(await libraryStamp(db)).toBe('initial');
    let changes = 0;
    const stop = recordLibraryChanges(db, () => void (changes += 1));
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'One' })), sanitize, new Date('2024-01-01'));
    await expect.poll(() => changes).toBe(1);
    const first = await libraryStamp(db);
    expect(first).not.toBe('initial');
    await setSetting(db, 'reader.theme', 'dark');
    expect(await libraryStamp(db)).toBe(first);
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Two' })), sanitize, new Date('2024-01-02'));
    await expect.poll(() => changes).toBe(2);
    expect(await libraryStamp(db)).not.toBe(first);
    stop();
  });
});
