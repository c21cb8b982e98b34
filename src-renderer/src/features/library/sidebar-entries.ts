/**
 * The sidebar's filter entries and how they map onto the library's filters (library-filters.ts, the one source of
 * truth the filter panel sets too): choosing an entry makes its value the only filter (All: none), and an entry
 * is current when the filters are exactly its own. The Library section is driven by the status values: another
 * reading state is one more line in LIBRARY_ENTRIES (and its label in the sidebar messages). Pure.
 */
import { hasActiveFilters, NO_FILTERS, STATUS_ARCHIVED, STATUS_FAVOURITE, STATUS_UNREAD, type Facet, type LibraryFilters } from './library-filters';

/** One filter of the sidebar: a facet's value, or null for All (no filter). */
export type SidebarFilter = { facet: Facet; value: string } | null;

/** The Library section, in order: `label` names the entry in the sidebar messages. */
export const LIBRARY_ENTRIES = [
  { label: 'all', status: null },
  { label: 'unread', status: STATUS_UNREAD },
  { label: 'favourites', status: STATUS_FAVOURITE },
  { label: 'archive', status: STATUS_ARCHIVED },
] as const satisfies readonly { label: string; status: string | null }[];

export function statusFilter(status: string | null): SidebarFilter {
  return status === null ? null : { facet: 'status', value: status };
}

/** The filters when `filter` is chosen in the sidebar: that one value, nothing else. */
export function filtersFor(filter: SidebarFilter): LibraryFilters {
  if (filter === null) return NO_FILTERS;
  return { ...NO_FILTERS, values: { ...NO_FILTERS.values, [filter.facet]: [filter.value] } };
}

/** Whether `filters` are exactly what choosing `filter` gives (so the entry shows as the current one). */
export function isCurrentFilter(filters: LibraryFilters, filter: SidebarFilter): boolean {
  if (filter === null) return !hasActiveFilters(filters);
  const expected = filtersFor(filter);
  return (
    filters.dates.from === null &&
    filters.dates.to === null &&
    (Object.keys(expected.values) as Facet[]).every((facet) => sameValues(filters.values[facet], expected.values[facet]))
  );
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export interface NamedCount {
  value: string;
  name: string;
  count: number;
  /** What choosing it filters by. */
  filter: SidebarFilter;
}

/** The sidebar's tags: every tag in the library with its count, by name in the interface's language. */
export function tagEntries(counts: ReadonlyMap<string, number>, locale?: string): NamedCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, name: value, count, filter: { facet: 'tag' as const, value } }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The sidebar's collections in their own order, each with its count (0 when empty). */
export function collectionEntries(collections: readonly { id: string; name: string }[], counts: ReadonlyMap<string, number>): NamedCount[] {
  return collections.map((c) => ({ value: c.id, name: c.name, count: counts.get(c.id) ?? 0, filter: { facet: 'collection', value: c.id } }));
}
