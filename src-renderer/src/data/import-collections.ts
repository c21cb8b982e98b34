/**
 * The collections an import puts its articles on by name (a migration's folders): the library's collection of
 * that name, case aside, or a new one made for it. Runs inside the import batch's transaction (it must include
 * `collections`), so a batch that fails makes no collection.
 */
import { newId, type OffprintDatabase } from './database';
import { MAX_NAME_LENGTH } from './names';

/** A lookup for one batch: the ids of the collections named so (made when missing), in order, without repeats. */
export function collectionsByName(db: OffprintDatabase, now: Date): (names: readonly string[] | undefined) => Promise<string[]> {
  let known: Map<string, string> | null = null;
  return async (names) => {
    if (!names || names.length === 0) return [];
    known ??= new Map((await db.collections.toArray()).map((c) => [c.name.toLocaleLowerCase(), c.id]));
    const ids: string[] = [];
    for (const input of names) {
      const name = input.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
      if (name === '') continue;
      let id = known.get(name.toLocaleLowerCase());
      if (!id) {
        id = newId();
        await db.collections.add({ id, name, createdAt: now.toISOString() });
        known.set(name.toLocaleLowerCase(), id);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };
}
