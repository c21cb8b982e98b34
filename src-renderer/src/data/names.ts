/**
 * Names the reader types for tags and collections: spaces trimmed and collapsed, never empty, at most 64
 * characters; a clear error otherwise. And the small list edits tags and collections need. Pure.
 */
import { MAX_TAG_NAME_LENGTH } from '../../../src-shared/article/bulk-details';

export const MAX_NAME_LENGTH = MAX_TAG_NAME_LENGTH;

/** The cleaned name, or an Error saying what is wrong with it. */
export function cleanName(input: string, what: 'tag' | 'collection'): string {
  const name = input.replace(/\s+/g, ' ').trim();
  if (name === '') throw new Error(`A ${what} needs a name.`);
  if (name.length > MAX_NAME_LENGTH) throw new Error(`A ${what} name can have at most ${MAX_NAME_LENGTH} characters.`);
  return name;
}

/** The list with `value` added at its end, unless it is there already. */
export function withValue(list: readonly string[], value: string): string[] {
  return list.includes(value) ? [...list] : [...list, value];
}

export function withoutValue(list: readonly string[], value: string): string[] {
  return list.filter((v) => v !== value);
}

/** `from` replaced by `to` where it was, once: renaming into a name already present merges the two. */
export function renamedValue(list: readonly string[], from: string, to: string): string[] {
  const out: string[] = [];
  for (const value of list) {
    const next = value === from ? to : value;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

/** How many articles carry each value (tags or collections), most first, then by name. */
export function countValues(lists: Iterable<readonly string[]>): [string, number][] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
