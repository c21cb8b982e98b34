/**
 * Reading states in the library's filters: Favourites and Archived are options of the status facet, archived
 * articles are left out of the list (and of the other counts) until Archived or Favourites is chosen, and the
 * selection's states say what the toggles will do.
 */
import { describe, expect, it } from 'vitest';
import type { ReadingFacts } from '../../../../../src-renderer/src/data/library-entry';
import { groupStates } from '../../../../../src-renderer/src/features/library/group-states';
import {
  applyFilters,
  hidesArchive,
  NO_FILTERS,
  STATUS_ARCHIVED,
  STATUS_FAVOURITE,
  STATUS_UNREAD,
  toggleValue,
  type LibraryFilters,
} from '../../../../../src-renderer/src/features/library/library-filters';
import { entry } from '../../data/entries';

const AT = '2026-12-01T10:00:00.000Z';
const library = [
  entry('inbox', { tags: ['essays'] }),
  entry('starred', { favouritedAt: AT, tags: ['essays'] }),
  entry('done', { archivedAt: AT, tags: ['essays', 'old'] }),
  entry('kept', { favouritedAt: AT, archivedAt: AT }),
];
const facts: ReadingFacts = { read: new Set(['done', 'kept']), progress: new Map(), noted: new Set() };
const ids = (filters: LibraryFilters) => applyFilters(library, filters, facts).entries.map((e) => e.id);
const counts = (filters: LibraryFilters, facet: 'status' | 'tag') => Object.fromEntries(applyFilters(library, filters, facts).counts[facet]);
const status = (...values: string[]) => values.reduce((filters, value) => toggleValue(filters, 'status', value), NO_FILTERS);

describe('reading states in the filters', () => {
  it('leaves archived articles out of the unfiltered list and of the other counts, and counts them under Archived', () => {
    expect(ids(NO_FILTERS)).toEqual(['inbox', 'starred']);
    expect(hidesArchive(NO_FILTERS)).toBe(true);
    expect(counts(NO_FILTERS, 'tag')).toEqual({ essays: 2 });
    // Ticking Unread would not show the archived articles, ticking Archived would show both.
    expect(counts(NO_FILTERS, 'status')).toEqual({ unread: 2, favourite: 2, archived: 2 });
  });

  it('shows the archive under Archived, favourites (archived or not) under Favourites', () => {
    expect(ids(status(STATUS_ARCHIVED))).toEqual(['done', 'kept']);
    expect(counts(status(STATUS_ARCHIVED), 'tag')).toEqual({ essays: 1, old: 1 });
    expect(ids(status(STATUS_FAVOURITE))).toEqual(['starred', 'kept']);
    expect(hidesArchive(status(STATUS_FAVOURITE))).toBe(false);
    // Unread alone is the inbox's unread: the archive stays out.
    expect(ids(status(STATUS_UNREAD))).toEqual(['inbox', 'starred']);
    expect(ids(toggleValue(status(STATUS_ARCHIVED), 'tag', 'old'))).toEqual(['done']);
  });
});

describe('the states of a selection', () => {
  const byId = new Map(library.map((e) => [e.id, e]));
  it('is set when every row has it, and not set for an empty or vanished selection', () => {
    expect(groupStates(['kept'], byId, facts)).toEqual({ read: true, favourite: true, archived: true });
    expect(groupStates(['kept', 'starred'], byId, facts)).toEqual({ read: false, favourite: true, archived: false });
    expect(groupStates(['done', 'kept', 'gone'], byId, facts)).toEqual({ read: true, favourite: false, archived: true });
    expect(groupStates(['gone'], byId, facts)).toEqual({ read: false, favourite: false, archived: false });
  });
});
