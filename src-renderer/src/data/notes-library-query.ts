/**
 * The library's notes and highlights grouped by article, for the Notes view and the exports: one read
 * transaction, articles with the newest activity (a note or highlight added or changed) first.
 */
import type { ArticleRecord, HighlightRecord, NoteRecord, OffprintDatabase } from './database';

export interface ArticleAnnotationGroup {
  article: ArticleRecord;
  notes: NoteRecord[];
  highlights: HighlightRecord[];
  /** The latest createdAt / updatedAt of its notes and highlights (ISO 8601). */
  lastActivity: string;
}

function latest(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

/** Groups notes and highlights under their articles; those whose article is gone are left out. Pure. */
export function groupAnnotations(
  articles: readonly (ArticleRecord | undefined)[],
  notes: readonly NoteRecord[],
  highlights: readonly HighlightRecord[],
): ArticleAnnotationGroup[] {
  const groups = new Map<string, ArticleAnnotationGroup>();
  for (const article of articles) {
    if (article) groups.set(article.id, { article, notes: [], highlights: [], lastActivity: '' });
  }
  for (const note of notes) {
    const group = groups.get(note.articleId);
    if (!group) continue;
    group.notes.push(note);
    group.lastActivity = latest(latest(group.lastActivity, note.createdAt), note.updatedAt);
  }
  for (const highlight of highlights) {
    const group = groups.get(highlight.articleId);
    if (!group) continue;
    group.highlights.push(highlight);
    group.lastActivity = latest(latest(group.lastActivity, highlight.createdAt), highlight.updatedAt);
  }
  return [...groups.values()]
    .filter((g) => g.notes.length + g.highlights.length > 0)
    .sort((a, b) => (a.lastActivity < b.lastActivity ? 1 : a.lastActivity > b.lastActivity ? -1 : a.article.title.localeCompare(b.article.title)));
}

/** Every article that has notes or highlights, newest activity first. */
export async function listAnnotationGroups(db: OffprintDatabase): Promise<ArticleAnnotationGroup[]> {
  return db.transaction('r', db.articles, db.notes, db.highlights, async () => {
    const [notes, highlights] = await Promise.all([db.notes.toArray(), db.highlights.toArray()]);
    const ids = [...new Set([...notes, ...highlights].map((a) => a.articleId))];
    return groupAnnotations(await db.articles.bulkGet(ids), notes, highlights);
  });
}

/** One article's notes and highlights (empty lists when it has none); null when the article is gone. */
export async function getAnnotationGroup(db: OffprintDatabase, articleId: string): Promise<ArticleAnnotationGroup | null> {
  return db.transaction('r', db.articles, db.notes, db.highlights, async () => {
    const article = await db.articles.get(articleId);
    if (!article) return null;
    const [notes, highlights] = await Promise.all([
      db.notes.where('articleId').equals(articleId).toArray(),
      db.highlights.where('articleId').equals(articleId).toArray(),
    ]);
    const group = groupAnnotations([article], notes, highlights)[0];
    return group ?? { article, notes: [], highlights: [], lastActivity: '' };
  });
}
