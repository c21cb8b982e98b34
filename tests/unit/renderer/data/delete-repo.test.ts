// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteArticle, restoreArticles } from '../../../../src-renderer/src/data/delete-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { addNote, listNotes } from '../../../../src-renderer/src/data/notes-repo';
import { parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

describe('deleting an article', () => {
  it('removes its metadata, body, images and notes together, and Undo brings all of them back', async () => {
    const db = freshDb();
    const article = parsedArticle({}, { assets: [{ name: 'a.png', mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]) }] });
    const { articleIds } = await storeImportBatch(db, { articles: [article], failures: [] }, sanitize);
    const id = articleIds[0] as string;
    await addNote(db, id, 'A note to keep.');

    const deleted = await deleteArticle(db, id);
    expect(deleted?.article.id).toBe(id);
    expect([await db.articles.count(), await db.bodies.count(), await db.assets.count(), await db.notes.count()]).toEqual([0, 0, 0, 0]);

    if (!deleted) throw new Error('nothing was deleted');
    await restoreArticles(db, [deleted]);
    expect((await db.articles.get(id))?.title).toBe(article.meta.title);
    expect(await db.bodies.get(id)).toBeDefined();
    expect(await db.assets.where('articleId').equals(id).count()).toBe(1);
    expect((await listNotes(db, id)).map((n) => n.body)).toEqual(['A note to keep.']);
  });

  it('answers undefined for an article that is not there, and changes nothing', async () => {
    const db = freshDb();
    await storeImportBatch(db, { articles: [parsedArticle()], failures: [] }, sanitize);
    expect(await deleteArticle(db, 'no-such-id')).toBeUndefined();
    expect(await db.articles.count()).toBe(1);
  });
});
