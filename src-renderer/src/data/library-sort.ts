/**
 * The orders of the library list: by added, published, title, source, author or reading progress, ascending or
 * descending. Articles without the value (no source, never published) come last either way; ties go by title.
 * Pure.
 */
import { progressOf, type LibraryEntry, type ReadingFacts } from './library-entry';

export const SORT_FIELDS = ['added', 'published', 'title', 'source', 'author', 'progress'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

export interface LibrarySort {
  field: SortField;
  direction: SortDirection;
}

export const DEFAULT_SORT: LibrarySort = { field: 'added', direction: 'desc' };

/** A stored sort, or the default when it is not one (an older or damaged setting). */
export function parseSort(value: unknown): LibrarySort {
  if (typeof value !== 'object' || value === null) return DEFAULT_SORT;
  const { field, direction } = value as Record<string, unknown>;
  if (!(SORT_FIELDS as readonly unknown[]).includes(field)) return DEFAULT_SORT;
  if (direction !== 'asc' && direction !== 'desc') return DEFAULT_SORT;
  return { field: field as SortField, direction };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type Key = string | number | null;

function keyOf(entry: LibraryEntry, field: SortField, facts: ReadingFacts): Key {
  switch (field) {
    case 'added':
      return entry.addedAt;
    case 'published':
      return entry.publishedAt;
    case 'title':
      return entry.title;
    case 'source':
      return entry.source;
    case 'author':
      return entry.author;
    case 'progress':
      return progressOf(facts, entry.id);
  }
}

/** Dates (ISO 8601) and numbers compare as they are; names by the collator (case and accents aside). */
function compareKeys(a: Key, b: Key, field: SortField): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (field === 'added' || field === 'published') return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
  return collator.compare(a as string, b as string);
}

/** A new array in the given order; the input is left as it is. */
export function sortEntries(entries: readonly LibraryEntry[], sort: LibrarySort, facts: ReadingFacts): LibraryEntry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = entries.map((entry) => ({ entry, key: keyOf(entry, sort.field, facts) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      const order = compareKeys(a.key, b.key, sort.field);
      if (order !== 0) return sign * order;
    }
    return sort.field === 'title' ? compareIds(a.entry, b.entry) : collator.compare(a.entry.title, b.entry.title) || compareIds(a.entry, b.entry);
  });
  return keyed.map((item) => item.entry);
}

function compareIds(a: LibraryEntry, b: LibraryEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
