/**
 * Collections (shelves): create, rename, delete, put articles on them and take them off, in one transaction
 * each. An article lists the ids of its collections (`collections`, indexed multi-entry); names are unique, case
 * aside.
 */
import { cleanName, withoutValue, withValue } from './names';
import { newId, type CollectionRecord, type OffprintDatabase } from './database';

export async function listCollections(db: OffprintDatabase): Promise<CollectionRecord[]> {
  const all = await db.collections.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

async function checkFree(db: OffprintDatabase, name: string, except?: string): Promise<void> {
  const lower = name.toLocaleLowerCase();
  const taken = await db.collections.filter((c) => c.id !== except && c.name.toLocaleLowerCase() === lower).first();
  if (taken) throw new Error(`There is already a collection called “${taken.name}”.`);
}

export async function createCollection(db: OffprintDatabase, input: string, now: Date = new Date()): Promise<CollectionRecord> {
  const name = cleanName(input, 'collection');
  return db.transaction('rw', db.collections, async () => {
    await checkFree(db, name);
    const record: CollectionRecord = { id: newId(), name, createdAt: now.toISOString() };
    await db.collections.add(record);
    return record;
  });
}

export async function renameCollection(db: OffprintDatabase, id: string, input: string): Promise<void> {
  const name = cleanName(input, 'collection');
  await db.transaction('rw', db.collections, async () => {
    if (!(await db.collections.get(id))) throw new Error('That collection no longer exists.');
    await checkFree(db, name, id);
    await db.collections.update(id, { name });
  });
}

/** A deleted collection and the articles that were on it: what Undo writes back. */
export interface DeletedCollection {
  collection: CollectionRecord;
  articleIds: string[];
}

/** Deletes the collection; its articles stay in the library. Returns what Undo needs. */
export async function deleteCollection(db: OffprintDatabase, id: string): Promise<DeletedCollection> {
  return db.transaction('rw', db.articles, db.collections, async () => {
    const collection = await db.collections.get(id);
    if (!collection) throw new Error('That collection no longer exists.');
    const articleIds = (await db.articles.where('collections').equals(id).primaryKeys()) as string[];
    await db.articles
      .where('collections')
      .equals(id)
      .modify((article) => {
        article.collections = withoutValue(article.collections ?? [], id);
      });
    await db.collections.delete(id);
    return { collection, articleIds };
  });
}

/**
 * Undo of a delete: the collection comes back with its id, name and date, on the articles it was on (articles
 * deleted since are left out). Refused when another collection has taken the name meanwhile.
 */
export async function restoreCollection(db: OffprintDatabase, { collection, articleIds }: DeletedCollection): Promise<void> {
  await db.transaction('rw', db.articles, db.collections, async () => {
    await checkFree(db, collection.name, collection.id);
    await db.collections.put(collection);
    await db.articles
      .where('id')
      .anyOf(articleIds)
      .modify((article) => {
        if (!article.collections?.includes(collection.id)) article.collections = withValue(article.collections ?? [], collection.id);
      });
  });
}

export async function addToCollection(db: OffprintDatabase, articleIds: readonly string[], id: string): Promise<void> {
  await db.transaction('rw', db.articles, db.collections, async () => {
    if (!(await db.collections.get(id))) throw new Error('That collection no longer exists.');
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .modify((article) => {
        if (!article.collections?.includes(id)) article.collections = withValue(article.collections ?? [], id);
      });
  });
}

export async function removeFromCollection(db: OffprintDatabase, articleIds: readonly string[], id: string): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .modify((article) => {
        if (article.collections?.includes(id)) article.collections = withoutValue(article.collections, id);
      });
  });
}
