import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src-shared/i18n';
import { NO_READING_FACTS, type ReadingFacts } from '../../../../../src-renderer/src/data/library-entry';
import {
  applyFilters,
  clearFacet,
  dateRangeError,
  hasActiveFilters,
  NO_FILTERS,
  NONE,
  toggleValue,
  type LibraryFilters,
} from '../../../../../src-renderer/src/features/library/library-filters';
import { entry } from '../../data/entries';

const t = createI18n('en').getFixedT('en', 'library');

const library = [
  entry('a', { source: 'Harbour', author: 'Ada', tags: ['essays'], language: 'en', publishedAt: '2020-01-01', addedAt: '2024-03-01T10:00:00Z' }),
  entry('b', { source: 'Harbour', author: 'Ben', tags: ['essays', 'history'], language: 'fr', publishedAt: '2020-02-01' }),
  entry('c', { source: 'Field', author: 'Ada', tags: [], language: 'en', collections: ['shelf'] }),
  entry('d', { source: null, author: 'Ben', tags: ['history'], language: null, collections: ['shelf'], publishedAt: '2021-06-30' }),
];
const facts: ReadingFacts = { read: new Set(['a', 'd']), progress: new Map([['c', 0.4]]), noted: new Set(['b']) };

const ids = (filters: LibraryFilters) => applyFilters(library, filters, facts).entries.map((e) => e.id);
const counts = (filters: LibraryFilters, facet: keyof LibraryFilters['values']) =>
  Object.fromEntries(applyFilters(library, filters, facts).counts[facet]);

describe('library filters', () => {
  it('lets everything through when nothing is chosen, and counts every option', () => {
    expect(ids(NO_FILTERS)).toEqual(['a', 'b', 'c', 'd']);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(counts(NO_FILTERS, 'source')).toEqual({ Harbour: 2, Field: 1, [NONE]: 1 });
    expect(counts(NO_FILTERS, 'tag')).toEqual({ essays: 2, history: 2 });
    expect(counts(NO_FILTERS, 'status')).toEqual({ read: 2, unread: 2 });
    expect(counts(NO_FILTERS, 'notes')).toEqual({ with: 1, without: 3 });
    expect(counts(NO_FILTERS, 'collection')).toEqual({ shelf: 2 });
    expect(counts(NO_FILTERS, 'language')).toEqual({ en: 2, fr: 1, [NONE]: 1 });
  });

  it('groups languages by language, not region: en-US, en-GB and en are one English option', () => {
    const regions = [
      entry('us', { language: 'en-US' }),
      entry('gb', { language: 'en-GB' }),
      entry('en', { language: 'en' }),
      entry('tw', { language: 'zh-Hant-TW' }),
      entry('cn', { language: 'zh-CN' }),
    ];
    const result = applyFilters(regions, NO_FILTERS, facts);
    expect(Object.fromEntries(result.counts.language)).toEqual({ en: 3, zh: 2 });
    const english = applyFilters(regions, toggleValue(NO_FILTERS, 'language', 'en'), facts);
    expect(english.entries.map((e) => e.id)).toEqual(['us', 'gb', 'en']);
  });

  it('takes values of one facet as alternatives and different facets together', () => {
    const harbour = toggleValue(NO_FILTERS, 'source', 'Harbour');
    expect(ids(harbour)).toEqual(['a', 'b']);
    expect(ids(toggleValue(harbour, 'source', 'Field'))).toEqual(['a', 'b', 'c']);
    expect(ids(toggleValue(harbour, 'author', 'Ben'))).toEqual(['b']);
    expect(ids(toggleValue(toggleValue(NO_FILTERS, 'tag', 'history'), 'status', 'read'))).toEqual(['d']);
    expect(ids(toggleValue(NO_FILTERS, 'notes', 'with'))).toEqual(['b']);
    expect(ids(toggleValue(NO_FILTERS, 'source', NONE))).toEqual(['d']);
    expect(ids(toggleValue(NO_FILTERS, 'collection', 'shelf'))).toEqual(['c', 'd']);
  });

  it('counts each option among what the other filters let through', () => {
    const filters = toggleValue(toggleValue(NO_FILTERS, 'source', 'Harbour'), 'author', 'Ada');
    expect(ids(filters)).toEqual(['a']);
    // Sources are counted under the author filter only (Ada wrote a and c), authors under the source only.
    expect(counts(filters, 'source')).toEqual({ Harbour: 1, Field: 1 });
    expect(counts(filters, 'author')).toEqual({ Ada: 1, Ben: 1 });
    // Other facets: among the result.
    expect(counts(filters, 'tag')).toEqual({ essays: 1 });
  });

  it('filters by a date range, both ends included, on the added or published date', () => {
    const published = { ...NO_FILTERS, dates: { field: 'published' as const, from: '2020-01-01', to: '2020-02-01' } };
    expect(ids(published)).toEqual(['a', 'b']);
    expect(counts(published, 'source')).toEqual({ Harbour: 2 });
    expect(ids({ ...NO_FILTERS, dates: { field: 'published', from: '2021-01-01', to: null } })).toEqual(['d']);
    expect(ids({ ...NO_FILTERS, dates: { field: 'added', from: '2024-03-01', to: '2024-03-01' } })).toEqual(['a']);
  });

  it('says what is wrong with a date range, and ignores a wrong one rather than hiding everything', () => {
    expect(dateRangeError({ field: 'added', from: '2024-02-30', to: null }, t)).toMatch(/not a date/);
    expect(dateRangeError({ field: 'added', from: '2024-03-02', to: '2024-03-01' }, t)).toBe('The end of the date range is before its start.');
    expect(dateRangeError({ field: 'added', from: '2024-03-01', to: '2024-03-01' }, t)).toBeNull();
    expect(ids({ ...NO_FILTERS, dates: { field: 'added', from: '2024-03-02', to: '2024-03-01' } })).toHaveLength(4);
  });

  it('toggles and clears a facet', () => {
    const on = toggleValue(NO_FILTERS, 'tag', 'essays');
    expect(on.values.tag).toEqual(['essays']);
    expect(hasActiveFilters(on)).toBe(true);
    expect(toggleValue(on, 'tag', 'essays').values.tag).toEqual([]);
    expect(clearFacet(toggleValue(on, 'tag', 'history'), 'tag').values.tag).toEqual([]);
    expect(NO_FILTERS.values.tag).toEqual([]);
  });

  it('filters 100,000 entries with their counts quickly', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      entry(String(i), { source: `S${i % 300}`, author: `A${i % 5000}`, tags: i % 2 ? ['x'] : ['y', 'z'], language: i % 7 ? 'en' : 'zh' }),
    );
    const start = performance.now();
    const result = applyFilters(many, toggleValue(toggleValue(NO_FILTERS, 'tag', 'x'), 'language', 'zh'), NO_READING_FACTS);
    const ms = performance.now() - start;
    expect(result.entries.length).toBe(many.filter((e, i) => i % 2 === 1 && i % 7 === 0).length);
    expect(result.counts.author.size).toBeGreaterThan(100);
    expect(ms).toBeLessThan(1000);
  });
});
