// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import { freshDb } from './support';

describe('the library database', () => {
  it('has schema version 6: metadata apart from bodies and assets, the import reports, the search index, collections, reading states', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles', 'assets', 'bodies', 'collections', 'highlights', 'importReports', 'notes', 'searchIndex', 'settings',
    ]);
    const articles = db.table('articles').schema;
    expect(articles.primKey.name).toBe('id');
    expect(articles.indexes.map((i) => i.name).sort()).toEqual(
      ['addedAt', 'archivedAt', 'author', 'collections', 'contentHash', 'favouritedAt', 'identifier', 'language', 'publishedAt', 'source', 'tags', 'title', 'url'].sort(),
    );
    expect(articles.idxByName['tags']?.multi).toBe(true);
    expect(articles.idxByName['collections']?.multi).toBe(true);
    expect(db.table('collections').schema.idxByName['name']?.unique).toBe(true);
    expect(db.table('bodies').schema.primKey.name).toBe('articleId');
    expect(db.table('assets').schema.idxByName['articleId']).toBeDefined();
    expect(db.table('settings').schema.primKey.name).toBe('key');
    expect(db.table('importReports').schema.idxByName['startedAt']).toBeDefined();
    db.close();
  });

  it('opens a library of version 1 with everything in it kept', async () => {
    const name = `offprint-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      articles: 'id, addedAt, publishedAt, title, source, url, contentHash, *tags',
      bodies: 'articleId',
      assets: 'id, articleId',
      notes: 'id, articleId, [articleId+createdAt]',
      highlights: 'id, articleId',
      settings: 'key',
    });
    await old.table('articles').put({ id: 'a1', title: 'Kept', addedAt: '2024-01-01', contentHash: 'h', tags: [] });
    await old.table('notes').put({ id: 'n1', articleId: 'a1', body: 'note', createdAt: '2024-01-01', updatedAt: '2024-01-01' });
    old.close();

    const db = new OffprintDatabase(name);
    expect((await db.articles.get('a1'))?.title).toBe('Kept');
    expect(await db.notes.count()).toBe(1);
    expect(await db.importReports.count()).toBe(0);
    expect(db.verno).toBe(6);
    db.close();
  });

  it('opens a library of version 3: its articles are found by author, language and (empty) collections', async () => {
    const name = `offprint-upgrade3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      articles: 'id, addedAt, publishedAt, title, source, url, contentHash, identifier, *tags',
      bodies: 'articleId',
      assets: 'id, articleId',
      notes: 'id, articleId, [articleId+createdAt]',
      highlights: 'id, articleId',
      settings: 'key',
      importReports: 'id, startedAt',
      searchIndex: 'key',
    });
    await old.table('articles').put({ id: 'a1', title: 'Kept', author: 'Ada', language: 'fr', addedAt: '2024-01-01', contentHash: 'h', tags: ['x'] });
    old.close();

    const db = new OffprintDatabase(name);
    expect((await db.articles.where('author').equals('Ada').first())?.id).toBe('a1');
    expect(await db.articles.where('language').equals('fr').count()).toBe(1);
    expect(await db.articles.where('collections').equals('any').count()).toBe(0);
    expect(await db.collections.count()).toBe(0);
    db.close();
  });
});
