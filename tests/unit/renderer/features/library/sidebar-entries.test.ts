import { describe, expect, it } from 'vitest';
import { NO_FILTERS, STATUS_UNREAD, toggleValue } from '../../../../../src-renderer/src/features/library/library-filters';
import {
  collectionEntries,
  filtersFor,
  isCurrentFilter,
  LIBRARY_ENTRIES,
  statusFilter,
  tagEntries,
} from '../../../../../src-renderer/src/features/library/sidebar-entries';

describe('the sidebar entries', () => {
  it('choose exactly their own filter, All none', () => {
    expect(filtersFor(null)).toEqual(NO_FILTERS);
    const essays = filtersFor({ facet: 'tag', value: 'essays' });
    expect(essays.values.tag).toEqual(['essays']);
    expect(essays.values.collection).toEqual([]);
    expect(filtersFor(statusFilter(STATUS_UNREAD)).values.status).toEqual([STATUS_UNREAD]);
  });

  it('show as current only when the filters are exactly theirs (the filter panel sets the same filters)', () => {
    const essays = { facet: 'tag', value: 'essays' } as const;
    expect(isCurrentFilter(NO_FILTERS, null)).toBe(true);
    expect(isCurrentFilter(NO_FILTERS, essays)).toBe(false);
    // Ticking the tag in the filter panel makes the sidebar's entry current…
    const ticked = toggleValue(NO_FILTERS, 'tag', 'essays');
    expect(isCurrentFilter(ticked, essays)).toBe(true);
    expect(isCurrentFilter(ticked, null)).toBe(false);
    // …and a second filter on top means neither the tag nor All is what is shown.
    const more = toggleValue(ticked, 'source', 'Harbour');
    expect(isCurrentFilter(more, essays)).toBe(false);
    expect(isCurrentFilter(more, null)).toBe(false);
    expect(isCurrentFilter({ ...ticked, dates: { field: 'added', from: '2024-01-01', to: null } }, essays)).toBe(false);
    expect(isCurrentFilter(toggleValue(ticked, 'tag', 'history'), essays)).toBe(false);
  });

  it('start the Library section with All, then one entry per status', () => {
    expect(LIBRARY_ENTRIES[0]).toEqual({ label: 'all', status: null });
    expect(LIBRARY_ENTRIES.map((e) => e.status)).toContain(STATUS_UNREAD);
  });

  it('list tags by name in the interface language, collections in their order with 0 when empty', () => {
    // Not by code point (which puts Ä after z): as a German reader expects.
    const tags = tagEntries(new Map([['zebra', 1], ['Äpfel', 3], ['Birne', 2]]), 'de');
    expect(tags.map((t) => t.name)).toEqual(['Äpfel', 'Birne', 'zebra']);
    expect(tags[0]).toEqual({ value: 'Äpfel', name: 'Äpfel', count: 3, filter: { facet: 'tag', value: 'Äpfel' } });
    const collections = collectionEntries(
      [
        { id: 'c2', name: 'Shelf' },
        { id: 'c1', name: 'Archive box' },
      ],
      new Map([['c1', 4]]),
    );
    expect(collections).toEqual([
      { value: 'c2', name: 'Shelf', count: 0, filter: { facet: 'collection', value: 'c2' } },
      { value: 'c1', name: 'Archive box', count: 4, filter: { facet: 'collection', value: 'c1' } },
    ]);
  });
});
