/**
 * Tags in bulk: add to or remove from many articles, rename or merge a tag, delete it, each in one transaction.
 * Every change goes through the articles table, so the Dexie hooks that keep the search index current see it.
 */
import { cleanName, countValues, renamedValue, withoutValue, withValue } from './names';
import type { OffprintDatabase } from './database';

/**
 * The name a typed tag is stored under: the library's own spelling when it has that tag already (case aside, as
 * import keeps one spelling; an imported tag may be longer than a typed one may be), otherwise the typed name
 * cleaned (cleanName: the one rule for typed names).
 */
export async function tagName(db: OffprintDatabase, input: string): Promise<string> {
  const typed = input.replace(/\s+/g, ' ').trim();
  if (typed !== '') {
    const lower = typed.toLowerCase();
    const carrier = await db.articles.where('tags').equalsIgnoreCase(typed).first();
    const existing = carrier?.tags.find((tag) => tag === typed) ?? carrier?.tags.find((tag) => tag.toLowerCase() === lower);
    if (existing !== undefined) return existing;
  }
  return cleanName(input, 'tag');
}

/** Adds the tag to every article given; returns the tag as stored (the library's spelling, or cleaned). */
export async function addTag(db: OffprintDatabase, articleIds: readonly string[], input: string): Promise<string> {
  return db.transaction('rw', db.articles, async () => {
    const tag = await tagName(db, input);
    await db.articles
      .where('id')
      .anyOf([...articleIds])
      .modify((article) => {
        if (!article.tags.includes(tag)) article.tags = withValue(article.tags, tag);
      });
    return tag;
  });
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

/** Every tag of the library with how many articles carry it, most first (read from the tags index alone). */
export async function tagCounts(db: OffprintDatabase): Promise<[string, number][]> {
  const keys = (await db.articles.orderBy('tags').keys()) as string[];
  return countValues(keys.map((key) => [key]));
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
