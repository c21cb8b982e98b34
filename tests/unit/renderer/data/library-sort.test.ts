import { describe, expect, it } from 'vitest';
import { NO_READING_FACTS, type ReadingFacts } from '../../../../src-renderer/src/data/library-entry';
import { DEFAULT_SORT, parseSort, sortEntries, type LibrarySort } from '../../../../src-renderer/src/data/library-sort';
import { entry } from './entries';

const library = [
  entry('1', { title: 'banana', source: 'Zeta', author: 'Émile', publishedAt: '2020-05-01', addedAt: '2024-01-02T00:00:00Z' }),
  entry('2', { title: 'Apple', source: null, author: 'adam', publishedAt: null, addedAt: '2024-01-03T00:00:00Z' }),
  entry('3', { title: 'cherry 10', source: 'alpha', author: null, publishedAt: '2019-01-01', addedAt: '2024-01-01T00:00:00Z' }),
  entry('4', { title: 'cherry 9', source: 'Alpha', author: 'Zoe', publishedAt: '2021-01-01', addedAt: '2024-01-03T00:00:00Z' }),
];
const facts: ReadingFacts = { read: new Set(['3']), progress: new Map([['1', 0.5], ['4', 0.2]]), noted: new Set() };
const order = (sort: LibrarySort, f: ReadingFacts = NO_READING_FACTS) => sortEntries(library, sort, f).map((e) => e.id);

describe('sorting the library', () => {
  it('by date added, newest first by default, ties by title', () => {
    expect(order(DEFAULT_SORT)).toEqual(['2', '4', '1', '3']);
    expect(order({ field: 'added', direction: 'asc' })).toEqual(['3', '1', '2', '4']);
  });

  it('by date published, the undated last in both directions', () => {
    expect(order({ field: 'published', direction: 'desc' })).toEqual(['4', '1', '3', '2']);
    expect(order({ field: 'published', direction: 'asc' })).toEqual(['3', '1', '4', '2']);
  });

  it('by title, source and author: case and accents aside, numbers as numbers, the missing last', () => {
    expect(order({ field: 'title', direction: 'asc' })).toEqual(['2', '1', '4', '3']);
    expect(order({ field: 'title', direction: 'desc' })).toEqual(['3', '4', '1', '2']);
    // "alpha" and "Alpha" are the same source: their titles decide.
    expect(order({ field: 'source', direction: 'asc' })).toEqual(['4', '3', '1', '2']);
    expect(order({ field: 'author', direction: 'asc' })).toEqual(['2', '1', '4', '3']);
    expect(order({ field: 'author', direction: 'desc' })).toEqual(['4', '1', '2', '3']);
  });

  it('by reading progress: read articles count as whole, never-opened as none', () => {
    expect(order({ field: 'progress', direction: 'desc' }, facts)).toEqual(['3', '1', '4', '2']);
    expect(order({ field: 'progress', direction: 'asc' }, facts)).toEqual(['2', '4', '1', '3']);
  });

  it('leaves its input as it was', () => {
    const copy = [...library];
    sortEntries(library, { field: 'title', direction: 'asc' }, NO_READING_FACTS);
    expect(library).toEqual(copy);
  });

  it('reads a stored sort back, and falls back to the default on anything else', () => {
    expect(parseSort({ field: 'author', direction: 'asc' })).toEqual({ field: 'author', direction: 'asc' });
    expect(parseSort({ field: 'colour', direction: 'asc' })).toEqual(DEFAULT_SORT);
    expect(parseSort({ field: 'title', direction: 'up' })).toEqual(DEFAULT_SORT);
    expect(parseSort('title')).toEqual(DEFAULT_SORT);
    expect(parseSort(undefined)).toEqual(DEFAULT_SORT);
  });
});
