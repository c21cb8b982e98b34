/** Library entries for the pure tests: defaults, with what each test cares about given. */
import type { LibraryEntry } from '../../../../src-renderer/src/data/library-entry';

export function entry(id: string, fields: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id,
    title: `Title ${id}`,
    author: null,
    source: null,
    publishedAt: null,
    addedAt: '2024-01-01T00:00:00.000Z',
    language: null,
    tags: [],
    collections: [],
    favouritedAt: null,
    archivedAt: null,
    linkOnly: false,
    ...fields,
  };
}
