// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from './support';

describe('the library database', () => {
  it('has schema version 1 with metadata apart from bodies and assets', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'assets', 'bodies', 'highlights', 'notes', 'settings']);
    const articles = db.table('articles').schema;
    expect(articles.primKey.name).toBe('id');
    expect(articles.indexes.map((i) => i.name).sort()).toEqual(
      ['addedAt', 'contentHash', 'publishedAt', 'source', 'tags', 'title', 'url'].sort(),
    );
    expect(articles.idxByName['tags']?.multi).toBe(true);
    expect(db.table('bodies').schema.primKey.name).toBe('articleId');
    expect(db.table('assets').schema.idxByName['articleId']).toBeDefined();
    expect(db.table('settings').schema.primKey.name).toBe('key');
    db.close();
  });
});
