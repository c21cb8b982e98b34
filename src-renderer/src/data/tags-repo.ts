/**
 * Tags in bulk: add to or remove from many articles, rename or merge a tag, delete it, each in one transaction.
 * Every change goes through the articles table, so the Dexie hooks that keep the search index current see it.
 */
import { cleanName, renamedValue, withoutValue, withValue } from './names';
import type { OffprintDatabase } from './database';

/** Adds the tag to every article given; returns the tag as stored (cleaned). */
export async function addTag(db: OffprintDatabase, articleIds: readonly string[], input: string): Promise<string> {
  const tag = cleanName(input, 'tag');
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .modify((article) => {
        if (!article.tags.includes(tag)) article.tags = withValue(article.tags, tag);
      });
  });
  return tag;
}

export async function removeTag(db: OffprintDatabase, articleIds: readonly string[], tag: string): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .modify((article) => {
        if (article.tags.includes(tag)) article.tags = withoutValue(article.tags, tag);
      });
  });
}

/** Renames the tag on every article; when the new name is already a tag, the two become one (a merge). */
export async function renameTag(db: OffprintDatabase, from: string, input: string): Promise<string> {
  const to = cleanName(input, 'tag');
  if (to === from) return to;
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('tags')
      .equals(from)
      .modify((article) => {
        article.tags = renamedValue(article.tags, from, to);
      });
  });
  return to;
}

/** The tags of some articles before a change: what Undo writes back. */
export type TagsBefore = readonly { id: string; tags: string[] }[];

async function tagsOfTagged(db: OffprintDatabase, tag: string): Promise<TagsBefore> {
  return (await db.articles.where('tags').equals(tag).toArray()).map((a) => ({ id: a.id, tags: [...a.tags] }));
}

/** Merges `from` into `into`: every article tagged `from` is tagged `into` instead. Returns what Undo needs. */
export async function mergeTags(db: OffprintDatabase, from: string, into: string): Promise<TagsBefore> {
  if (from === into) throw new Error('Choose another tag to merge into.');
  return db.transaction('rw', db.articles, async () => {
    const before = await tagsOfTagged(db, from);
    await renameTag(db, from, into);
    return before;
  });
}

/** Removes the tag from every article (the articles stay). Returns what Undo needs. */
export async function deleteTag(db: OffprintDatabase, tag: string): Promise<TagsBefore> {
  return db.transaction('rw', db.articles, async () => {
    const before = await tagsOfTagged(db, tag);
    await db.articles
      .where('tags')
      .equals(tag)
      .modify((article) => {
        article.tags = withoutValue(article.tags, tag);
      });
    return before;
  });
}

/** Undo of a delete or a merge: each article gets back the tags it had (articles deleted since are left out). */
export async function restoreTags(db: OffprintDatabase, before: TagsBefore): Promise<void> {
  const tagsById = new Map(before.map((b) => [b.id, b.tags]));
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf([...tagsById.keys()])
      .modify((article) => {
        article.tags = [...(tagsById.get(article.id) ?? article.tags)];
      });
  });
}
