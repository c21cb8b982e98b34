/**
 * Reading states set by hand, on one article or many at once, each call one transaction: a favourite
 * (`favouritedAt`) and the archive (`archivedAt`) live on the article record (so the change feed sees them and
 * bundles carry them); read lives where reading to the end puts it (the setting `reader.read.<id>`). Setting a
 * state that is already set keeps its first date; unsetting removes it.
 */
import type { ArticleRecord, OffprintDatabase } from './database';
import { readKey } from './reading-position-store';

type DatedState = 'favouritedAt' | 'archivedAt';

async function setDated(db: OffprintDatabase, ids: readonly string[], field: DatedState, on: boolean, at: Date): Promise<void> {
  const stamp = at.toISOString();
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf([...ids])
      .modify((article: ArticleRecord) => {
        if (on && !article[field]) article[field] = stamp;
        else if (!on && article[field]) delete article[field];
      });
  });
}

export function setFavourite(db: OffprintDatabase, ids: readonly string[], on: boolean, at: Date = new Date()): Promise<void> {
  return setDated(db, ids, 'favouritedAt', on, at);
}

export function setArchived(db: OffprintDatabase, ids: readonly string[], on: boolean, at: Date = new Date()): Promise<void> {
  return setDated(db, ids, 'archivedAt', on, at);
}

/** Marks the articles read (keeping the date of an earlier read) or unread (their place in the text is kept). */
export async function setRead(db: OffprintDatabase, ids: readonly string[], on: boolean, at: Date = new Date()): Promise<void> {
  const keys = ids.map(readKey);
  await db.transaction('rw', db.settings, async () => {
    if (!on) {
      await db.settings.bulkDelete(keys);
      return;
    }
    const existing = await db.settings.bulkGet(keys);
    const stamp = at.toISOString();
    const missing = keys.filter((_, i) => typeof existing[i]?.value !== 'string');
    await db.settings.bulkPut(missing.map((key) => ({ key, value: stamp })));
  });
}

