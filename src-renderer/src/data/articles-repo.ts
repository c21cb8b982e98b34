/** Reading articles: metadata lists without bodies, one body, one article's assets. */
import type { ArticleRecord, AssetRecord, BodyRecord, OffprintDatabase } from './database';

/** Every article's metadata, newest added first, then by title. Never loads a body. */
export async function listArticles(db: OffprintDatabase): Promise<ArticleRecord[]> {
  const articles = await db.articles.toArray();
  return articles.sort(compareNewestAddedThenTitle);
}

export interface ArticlePage {
  /** The newest added articles, at most the limit, newest first, then by title. */
  articles: ArticleRecord[];
  /** How many articles the library holds. */
  total: number;
}

/**
 * The `limit` newest added articles and the library's size, without reading the rest: what the library list
 * shows, cheap enough to run again after every chunk of an import.
 */
export async function listRecentArticles(db: OffprintDatabase, limit: number): Promise<ArticlePage> {
  const [total, newest] = await Promise.all([db.articles.count(), db.articles.orderBy('addedAt').reverse().limit(limit).toArray()]);
  const last = newest[newest.length - 1];
  if (!last || newest.length < limit) return { articles: newest.sort(compareNewestAddedThenTitle), total };
  // Articles added at the same moment as the last one read: their titles decide which of them make the cut.
  const tied = await db.articles.where('addedAt').equals(last.addedAt).toArray();
  const byId = new Map([...newest, ...tied].map((article) => [article.id, article]));
  return { articles: [...byId.values()].sort(compareNewestAddedThenTitle).slice(0, limit), total };
}

export function compareNewestAddedThenTitle(a: ArticleRecord, b: ArticleRecord): number {
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? 1 : -1;
  return a.title.localeCompare(b.title);
}

export async function countArticles(db: OffprintDatabase): Promise<number> {
  return db.articles.count();
}

export async function getArticle(db: OffprintDatabase, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

export async function getBody(db: OffprintDatabase, articleId: string): Promise<BodyRecord | undefined> {
  return db.bodies.get(articleId);
}

export async function getAssets(db: OffprintDatabase, articleId: string): Promise<AssetRecord[]> {
  return db.assets.where('articleId').equals(articleId).toArray();
}
