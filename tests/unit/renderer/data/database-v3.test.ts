// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';

describe('schema version 3: the stored search index', () => {
  it('opens a library of version 2 with everything kept and an empty search index table', async () => {
    const name = `offprint-upgrade-v3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores({
      articles: 'id, addedAt, publishedAt, title, source, url, contentHash, identifier, *tags',
      bodies: 'articleId',
      assets: 'id, articleId',
      notes: 'id, articleId, [articleId+createdAt]',
      highlights: 'id, articleId',
      settings: 'key',
      importReports: 'id, startedAt',
    });
    await old.table('articles').put({ id: 'a1', title: 'Kept', addedAt: '2024-01-01', contentHash: 'h', tags: [] });
    old.close();

    const db = new OffprintDatabase(name);
    expect((await db.articles.get('a1'))?.title).toBe('Kept');
    expect(db.verno).toBeGreaterThanOrEqual(3); // later versions (4: collections) keep the search index table
    expect(db.searchIndex.schema.primKey.name).toBe('key');
    expect(await db.searchIndex.count()).toBe(0);
    const bytes = new Uint8Array([1, 2, 3]);
    await db.searchIndex.put({ key: 'index', bytes, version: 'v', savedAt: '2024-01-01T00:00:00.000Z' });
    expect(Array.from((await db.searchIndex.get('index'))?.bytes ?? [])).toEqual([1, 2, 3]);
    db.close();
  });
});
