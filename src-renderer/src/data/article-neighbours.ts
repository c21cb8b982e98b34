/**
 * The articles before and after one in the library's default order (newest added first, then by title; see
 * articles-repo.ts), for next / previous article. Reads only the articles added at the same moment and the one
 * neighbour on each side, through the `addedAt` index.
 */
import { compareNewestAddedThenTitle } from './articles-repo';
import type { ArticleRecord, OffprintDatabase } from './database';

export interface Neighbours {
  /** Up the list: added later (or the same moment, earlier by title). */
  previous: ArticleRecord | null;
  /** Down the list. */
  next: ArticleRecord | null;
}

async function addedAtSameMoment(db: OffprintDatabase, addedAt: string): Promise<ArticleRecord[]> {
  return (await db.articles.where('addedAt').equals(addedAt).toArray()).sort(compareNewestAddedThenTitle);
}

export async function articleNeighbours(db: OffprintDatabase, id: string): Promise<Neighbours> {
  return db.transaction('r', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article) return { previous: null, next: null };
    const tied = await addedAtSameMoment(db, article.addedAt);
    const at = tied.findIndex((a) => a.id === id);
    let previous = tied[at - 1] ?? null;
    let next = tied[at + 1] ?? null;
    if (!previous) {
      const newer = await db.articles.where('addedAt').above(article.addedAt).first();
      if (newer) previous = (await addedAtSameMoment(db, newer.addedAt)).at(-1) ?? null;
    }
    if (!next) {
      const older = await db.articles.where('addedAt').below(article.addedAt).last();
      if (older) next = (await addedAtSameMoment(db, older.addedAt))[0] ?? null;
    }
    return { previous, next };
  });
}
