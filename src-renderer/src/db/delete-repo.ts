/**
 * Deleting an article removes everything of it in one transaction: metadata, body, images, notes and highlights.
 * The removed rows are returned so that Undo can put the article back exactly as it was, id included.
 */
import type {
  ArticleRecord,
  AssetRecord,
  BodyRecord,
  HighlightRecord,
  NoteRecord,
  OffprintDatabase,
} from './database';

export interface DeletedArticle {
  article: ArticleRecord;
  body: BodyRecord | undefined;
  assets: AssetRecord[];
  notes: NoteRecord[];
  highlights: HighlightRecord[];
}

function tables(db: OffprintDatabase) {
  return [db.articles, db.bodies, db.assets, db.notes, db.highlights];
}

/** Removes the article and what belongs to it; undefined when it was not in the library. */
export async function deleteArticle(db: OffprintDatabase, id: string): Promise<DeletedArticle | undefined> {
  return db.transaction('rw', tables(db), async () => {
    const article = await db.articles.get(id);
    if (!article) return undefined;
    const deleted: DeletedArticle = {
      article,
      body: await db.bodies.get(id),
      assets: await db.assets.where('articleId').equals(id).toArray(),
      notes: await db.notes.where('articleId').equals(id).toArray(),
      highlights: await db.highlights.where('articleId').equals(id).toArray(),
    };
    await db.assets.where('articleId').equals(id).delete();
    await db.notes.where('articleId').equals(id).delete();
    await db.highlights.where('articleId').equals(id).delete();
    await db.bodies.delete(id);
    await db.articles.delete(id);
    return deleted;
  });
}

/** Undo: puts every row back, in one transaction. */
export async function restoreArticle(db: OffprintDatabase, deleted: DeletedArticle): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.articles.put(deleted.article);
    if (deleted.body) await db.bodies.put(deleted.body);
    await db.assets.bulkPut(deleted.assets);
    await db.notes.bulkPut(deleted.notes);
    await db.highlights.bulkPut(deleted.highlights);
  });
}
