// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addToCollection,
  createCollection,
  deleteCollection,
  listCollections,
  removeFromCollection,
  renameCollection,
  restoreCollection,
} from '../../../../src-renderer/src/data/collections-repo';
import type { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { addTag, deleteTag, mergeTags, removeTag, renameTag, restoreTags, tagCounts } from '../../../../src-renderer/src/data/tags-repo';
import { watchLibrary } from '../../../../src-renderer/src/data/change-feed';
import { parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

async function library(db: OffprintDatabase, tags: string[][]): Promise<string[]> {
  const articles = tags.map((t, i) => parsedArticle({ title: `A${i}`, tags: t }));
  return (await storeImportBatch(db, { articles, failures: [] }, sanitize)).articleIds;
}

async function tagsOf(db: OffprintDatabase, ids: string[]): Promise<string[][]> {
  return (await db.articles.bulkGet(ids)).map((a) => a?.tags ?? []);
}

describe('tags in bulk', () => {
  it('adds a cleaned tag to many articles once, and removes it', async () => {
    const db = freshDb();
    const ids = await library(db, [[], ['x'], ['later']]);
    expect(await addTag(db, ids, '  later ')).toBe('later');
    expect(await tagsOf(db, ids)).toEqual([['later'], ['x', 'later'], ['later']]);
    await removeTag(db, ids.slice(0, 2), 'later');
    expect(await tagsOf(db, ids)).toEqual([[], ['x'], ['later']]);
    await expect(addTag(db, ids, ' ')).rejects.toThrow('A tag needs a name.');
  });

  it('renames a tag everywhere; renaming into an existing tag merges; deletes', async () => {
    const db = freshDb();
    const ids = await library(db, [['a'], ['a', 'b'], ['b'], ['c']]);
    await renameTag(db, 'a', 'alpha');
    expect(await tagsOf(db, ids)).toEqual([['alpha'], ['alpha', 'b'], ['b'], ['c']]);
    await mergeTags(db, 'alpha', 'b');
    expect(await tagsOf(db, ids)).toEqual([['b'], ['b'], ['b'], ['c']]);
    await expect(mergeTags(db, 'b', 'b')).rejects.toThrow('Choose another tag');
    await deleteTag(db, 'b');
    expect(await tagsOf(db, ids)).toEqual([[], [], [], ['c']]);
    expect(await db.articles.where('tags').equals('b').count()).toBe(0);
  });

  it('undoes a delete and a merge: every article gets back exactly the tags it had', async () => {
    const db = freshDb();
    const ids = await library(db, [['a', 'x'], ['a', 'b'], ['b'], ['c']]);
    const deleted = await deleteTag(db, 'a');
    expect(deleted.map((d) => d.id).sort()).toEqual([ids[0]!, ids[1]!].sort());
    await restoreTags(db, deleted);
    expect(await tagsOf(db, ids)).toEqual([['a', 'x'], ['a', 'b'], ['b'], ['c']]);
    const merged = await mergeTags(db, 'a', 'b');
    expect(await tagsOf(db, ids)).toEqual([['b', 'x'], ['b'], ['b'], ['c']]);
    await restoreTags(db, merged);
    expect(await tagsOf(db, ids)).toEqual([['a', 'x'], ['a', 'b'], ['b'], ['c']]);
  });

  it('reaches the change feed the search index follows: one notice per change, with the articles touched', async () => {
    const db = freshDb();
    const ids = await library(db, [['a'], ['b'], []]);
    const seen: string[][] = [];
    const stop = watchLibrary(db, (changed) => seen.push([...changed].sort()));
    await addTag(db, [ids[0]!, ids[2]!], 'new');
    await renameTag(db, 'b', 'bee');
    const shelf = await createCollection(db, 'Shelf');
    await addToCollection(db, [ids[1]!], shelf.id);
    stop();
    expect(seen).toEqual([[ids[0], ids[2]].sort(), [ids[1]], [ids[1]]]);
  });
});

describe('collections', () => {
  it('are created with unique names (case aside), renamed, listed by name', async () => {
    const db = freshDb();
    const winter = await createCollection(db, ' Winter  reading ');
    expect(winter.name).toBe('Winter reading');
    await expect(createCollection(db, 'winter READING')).rejects.toThrow('There is already a collection called “Winter reading”.');
    await expect(createCollection(db, '')).rejects.toThrow('A collection needs a name.');
    const autumn = await createCollection(db, 'Autumn');
    await expect(renameCollection(db, autumn.id, 'WINTER reading')).rejects.toThrow(/already a collection/);
    await renameCollection(db, winter.id, 'Long evenings');
    await renameCollection(db, winter.id, 'long evenings');
    expect((await listCollections(db)).map((c) => c.name)).toEqual(['Autumn', 'long evenings']);
    await expect(renameCollection(db, 'gone', 'X')).rejects.toThrow('That collection no longer exists.');
  });

  it('take articles in bulk and let them go; deleting one keeps its articles', async () => {
    const db = freshDb();
    const ids = await library(db, [[], [], []]);
    const shelf = await createCollection(db, 'Shelf');
    const other = await createCollection(db, 'Other');
    await addToCollection(db, ids, shelf.id);
    await addToCollection(db, ids.slice(0, 1), shelf.id);
    await addToCollection(db, ids.slice(0, 1), other.id);
    expect((await db.articles.get(ids[0]!))?.collections).toEqual([shelf.id, other.id]);
    expect(await db.articles.where('collections').equals(shelf.id).count()).toBe(3);
    await removeFromCollection(db, ids.slice(1), shelf.id);
    expect(await db.articles.where('collections').equals(shelf.id).count()).toBe(1);
    await deleteCollection(db, shelf.id);
    expect(await db.collections.count()).toBe(1);
    expect(await db.articles.count()).toBe(3);
    expect((await db.articles.get(ids[0]!))?.collections).toEqual([other.id]);
    await expect(addToCollection(db, ids, shelf.id)).rejects.toThrow('That collection no longer exists.');
  });

  it('come back on their articles with Undo after a delete, unless the name was taken meanwhile', async () => {
    const db = freshDb();
    const ids = await library(db, [[], [], []]);
    const shelf = await createCollection(db, 'Shelf');
    await addToCollection(db, ids.slice(0, 2), shelf.id);
    const deleted = await deleteCollection(db, shelf.id);
    expect(deleted).toEqual({ collection: shelf, articleIds: expect.arrayContaining(ids.slice(0, 2)) });
    expect(deleted.articleIds).toHaveLength(2);
    await restoreCollection(db, deleted);
    expect(await listCollections(db)).toEqual([shelf]);
    expect(await db.articles.where('collections').equals(shelf.id).primaryKeys()).toEqual(expect.arrayContaining(ids.slice(0, 2)));
    expect(await db.articles.where('collections').equals(shelf.id).count()).toBe(2);

    const again = await deleteCollection(db, shelf.id);
    await createCollection(db, 'shelf');
    await expect(restoreCollection(db, again)).rejects.toThrow('There is already a collection called “shelf”.');
    await expect(deleteCollection(db, shelf.id)).rejects.toThrow('That collection no longer exists.');
  });

  it('stay on an article imported again', async () => {
    const db = freshDb();
    const article = parsedArticle({ title: 'Again', url: 'https://example.org/again' });
    const [id] = (await storeImportBatch(db, { articles: [article], failures: [] }, sanitize)).articleIds;
    const shelf = await createCollection(db, 'Shelf');
    await addToCollection(db, [id!], shelf.id);
    await storeImportBatch(db, { articles: [article], failures: [] }, sanitize);
    expect((await db.articles.get(id!))?.collections).toEqual([shelf.id]);
  });
});

describe('a tag typed for one article (the reader’s Add tag)', () => {
  it('takes the library’s spelling of a tag it has, case aside, even one longer than a typed name may be', async () => {
    const long = `${'very long imported tag '.repeat(8)}end`;
    const db = freshDb();
    const ids = await library(db, [['Rust', long], []]);
    expect(await addTag(db, [ids[1]!], '  rust ')).toBe('Rust');
    expect(await addTag(db, [ids[1]!], long.toUpperCase())).toBe(long);
    expect(await tagsOf(db, ids)).toEqual([['Rust', long], ['Rust', long]]);
    // A new name is still cleaned by the one rule for typed names.
    await expect(addTag(db, [ids[1]!], 'x'.repeat(65))).rejects.toThrow('at most 64 characters');
    expect(await addTag(db, [ids[1]!], ' new   tag ')).toBe('new tag');
  });

  it('counts every tag of the library, most used first', async () => {
    const db = freshDb();
    await library(db, [['a', 'b'], ['b'], ['b', 'c'], []]);
    expect(await tagCounts(db)).toEqual([['b', 3], ['a', 1], ['c', 1]]);
  });
});
