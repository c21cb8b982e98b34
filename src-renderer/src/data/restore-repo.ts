/**
 * The library's side of a restore: what it holds, for the preview (ids, hashes, note dates; never a body), and
 * clearing it for a Replace (after the safety backup): every article with its body, images, notes and highlights
 * (in transactions of a few hundred, through deleteArticles, so the search index follows), the collections, and
 * the reading places of the articles the backup does not bring back.
 */
import type { LibrarySnapshot } from '../../../src-shared/restore/restore-plan';
import type { OffprintDatabase } from './database';
import { deleteArticles } from './delete-repo';
import { positionKey, readKey } from './reading-position-store';

const DELETE_CHUNK = 200;

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

/** Empties the library for a Replace; reading places of `comingBack` (the backup's article ids) are kept. */
export async function clearLibrary(db: OffprintDatabase, comingBack: ReadonlySet<string>): Promise<void> {
  const ids = (await db.articles.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < ids.length; i += DELETE_CHUNK) await deleteArticles(db, ids.slice(i, i + DELETE_CHUNK));
  await db.collections.clear();
  const gone = ids.filter((id) => !comingBack.has(id)).flatMap((id) => [positionKey(id), readKey(id)]);
  await db.settings.bulkDelete(gone);
}
