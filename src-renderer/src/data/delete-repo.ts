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

/**
 * Removes many articles and what belongs to them, all in one transaction (all or nothing). Returns what was
 * removed, in the order given; ids not in the library are skipped.
 */
export async function deleteArticles(db: OffprintDatabase, ids: readonly string[]): Promise<DeletedArticle[]> {
  return db.transaction('rw', tables(db), async () => {
    const articles = (await db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord => a !== undefined);
    const found = articles.map((a) => a.id);
    const [bodies, assets, notes, highlights] = await Promise.all([
      db.bodies.bulkGet(found),
      db.assets.where('articleId').anyOf(found).toArray(),
      db.notes.where('articleId').anyOf(found).toArray(),
      db.highlights.where('articleId').anyOf(found).toArray(),
    ]);
    const of = <T extends { articleId: string }>(rows: T[], id: string) => rows.filter((row) => row.articleId === id);
    const deleted = articles.map((article, i) => ({
      article,
      body: bodies[i],
      assets: of(assets, article.id),
      notes: of(notes, article.id),
      highlights: of(highlights, article.id),
    }));
    await db.assets.where('articleId').anyOf(found).delete();
    await db.notes.where('articleId').anyOf(found).delete();
    await db.highlights.where('articleId').anyOf(found).delete();
    await db.bodies.bulkDelete(found);
    await db.articles.bulkDelete(found);
    return deleted;
  });
}

/** Undo of deleteArticles: every row of every article back, in one transaction. */
export async function restoreArticles(db: OffprintDatabase, deleted: readonly DeletedArticle[]): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.articles.bulkPut(deleted.map((d) => d.article));
    await db.bodies.bulkPut(deleted.flatMap((d) => (d.body ? [d.body] : [])));
    await db.assets.bulkPut(deleted.flatMap((d) => d.assets));
    await db.notes.bulkPut(deleted.flatMap((d) => d.notes));
    await db.highlights.bulkPut(deleted.flatMap((d) => d.highlights));
  });
}

