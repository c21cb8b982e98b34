/**
 * The library's side of a restore: what it holds, for the preview (ids, hashes, note dates; never a body). A
 * Replace does not clear the library: it restores into a staging database (staging-library.ts).
 */
import type { LibrarySnapshot } from '../../../src-shared/restore/restore-plan';
import type { OffprintDatabase } from './database';

export async function librarySnapshot(db: OffprintDatabase): Promise<LibrarySnapshot> {
  return db.transaction('r', [db.articles, db.notes, db.highlights, db.collections], async () => {
    const articles = (await db.articles.toArray()).map(({ id, contentHash, url, title }) => ({ id, contentHash, url, title }));
    const notes = (await db.notes.toArray()).map(({ id, articleId, updatedAt }) => ({ id, articleId, updatedAt }));
    const highlights = (await db.highlights.toArray()).map(({ id, articleId, createdAt, updatedAt }) =>
      updatedAt ? { id, articleId, createdAt, updatedAt } : { id, articleId, createdAt },
    );
    return { articles, notes, highlights, collectionCount: await db.collections.count() };
  });
}
