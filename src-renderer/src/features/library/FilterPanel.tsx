/**
 * The filter panel beside the list: read or unread, notes, tags, collections, sources, authors, languages and a
 * date range, every option with its count among the articles the other filters let through; Clear per group
 * and Clear all filters.
 */
import type { CollectionRecord } from '../../data/database';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetGroup } from './FacetGroup';
import { facetOptions } from './facet-options';
import { clearFacet, hasActiveFilters, NO_FILTERS, toggleValue, type Facet, type FacetCounts, type LibraryFilters } from './library-filters';

const GROUPS: [Facet, string][] = [
  ['status', 'Status'],
  ['notes', 'Notes'],
  ['tag', 'Tags'],
  ['collection', 'Collections'],
  ['source', 'Sources'],
  ['author', 'Authors'],
  ['language', 'Languages'],
];

interface Props {
  filters: LibraryFilters;
  /** null while the library is still loading. */
  counts: FacetCounts | null;
  collections: readonly CollectionRecord[];
  onChange: (filters: LibraryFilters) => void;
}

export function FilterPanel({ filters, counts, collections, onChange }: Props) {
  const names = new Map(collections.map((c) => [c.id, c.name]));
  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="filter-panel-head">
        <h2>Filters</h2>
        {hasActiveFilters(filters) && (
          <button type="button" className="quiet-button" onClick={() => onChange(NO_FILTERS)}>
            Clear all filters
          </button>
        )}
      </div>
      {counts === null ? (
        <p className="loading">Counting…</p>
      ) : (
        <>
          {GROUPS.map(([facet, title]) => (
            <FacetGroup
              key={facet}
              title={title}
              options={facetOptions(facet, counts[facet], filters.values[facet], names)}
              chosen={filters.values[facet]}
              onToggle={(value) => onChange(toggleValue(filters, facet, value))}
              onClear={() => onChange(clearFacet(filters, facet))}
            />
          ))}
          <DateRangeFilter range={filters.dates} onChange={(dates) => onChange({ ...filters, dates })} />
        </>
      )}
    </aside>
  );
}
