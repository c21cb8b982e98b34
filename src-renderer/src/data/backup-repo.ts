/**
 * What a backup reads from the library besides its articles: the library.json snapshot (collections, each
 * article's collections, reading position and read date, the other settings), an estimate of the bytes, and the
 * change stamp (a setting rewritten after every committed change to articles, notes or highlights) that tells
 * whether anything changed since the last backup.
 */
import type { LibraryArticleState, LibrarySnapshot } from '../../../src-shared/contract';
import { watchLibrary } from './change-feed';
import type { ArticleRecord, OffprintDatabase } from './database';
import { parsePosition } from './reading-position-store';
import { getSetting, setSetting } from './settings-repo';

export const SETTING_LIBRARY_STAMP = 'backup.libraryStamp';
const POSITION = /^reader\.position\.(.+)$/;
const READ = /^reader\.read\.(.+)$/;
/** Settings that describe this copy of the app, not the library: never carried into a backup. */
const NOT_BACKED_UP = new Set([SETTING_LIBRARY_STAMP]);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The snapshot, also of a library still at an older schema version (the backup before an upgrade): one from before
 * collections (version 4) has none.
 */
export async function readLibrarySnapshot(db: OffprintDatabase): Promise<LibrarySnapshot> {
  const hasCollections = db.tables.some((table) => table.name === 'collections');
  const tables = hasCollections ? [db.collections, db.articles, db.settings] : [db.articles, db.settings];
  // Keys only (no article record is read): a library of 100,000 articles would otherwise cost the window a long task.
  const [collections, ids, shelved, settings] = await db.transaction('r', tables, () =>
    Promise.all([
      hasCollections ? db.collections.toArray() : [],
      db.articles.toCollection().primaryKeys(),
      hasCollections ? articlesByCollection(db) : [],
      db.settings.toArray(),
    ]),
  );
  const states = new Map<string, LibraryArticleState>(ids.map((id) => [id, { id, collections: [], position: null, readAt: null }]));
  for (const article of shelved) {
    const state = article && states.get(article.id);
    if (state) state.collections = [...(article.collections ?? [])];
  }
  const rest: LibrarySnapshot['settings'] = [];
  for (const { key, value } of settings) {
    const position = POSITION.exec(key);
    const read = READ.exec(key);
    const state = states.get(position?.[1] ?? read?.[1] ?? '');
    if (position && state) state.position = parsePosition(value);
    else if (read && state) state.readAt = typeof value === 'string' && TIMESTAMP.test(value) ? value : null;
    else if (!position && !read && !NOT_BACKED_UP.has(key)) rest.push({ key, value });
  }
  return {
    collections: collections.map(({ id, name, createdAt }) => ({ id, name, createdAt })),
    articles: [...states.values()].filter((state) => state.collections.length > 0 || state.position || state.readAt),
    settings: rest,
  };
}

/** The articles on a shelf (schema 4 on), found through the collections index: only those records are read. */
async function articlesByCollection(db: OffprintDatabase): Promise<(ArticleRecord | undefined)[]> {
  const ids = new Set<string>();
  await db.articles.orderBy('collections').eachPrimaryKey((id) => void ids.add(String(id)));
  return db.articles.bulkGet([...ids]);
}

/** About how many bytes the library's text and images hold (for the free-space check). */
export async function estimateLibraryBytes(db: OffprintDatabase): Promise<number> {
  let bytes = 0;
  await db.articles.each((article) => void (bytes += 8 * (article.wordCount ?? 0) + 2048));
  await db.assets.each((asset) => void (bytes += asset.blob.size));
  return bytes;
}

/** The library's change stamp ('unchanged' until the first change is recorded). */
export async function libraryStamp(db: OffprintDatabase): Promise<string> {
  const value = await getSetting(db, SETTING_LIBRARY_STAMP);
  return typeof value === 'string' && value !== '' ? value : 'initial';
}

/** Keeps the stamp current: every committed change to articles, notes or highlights writes a new one. */
export function recordLibraryChanges(db: OffprintDatabase, onChanged?: () => void): () => void {
  return watchLibrary(db, () => {
    void setSetting(db, SETTING_LIBRARY_STAMP, `${new Date().toISOString()} ${crypto.randomUUID().slice(0, 8)}`).then(onChanged, () => undefined);
  });
}
