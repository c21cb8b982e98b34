/**
 * The filter panel beside the list: read or unread, notes, tags, collections, sources, authors, languages and a
 * date range, every option with its count among the articles the other filters let through; Clear per group
 * and Clear all filters. One Tab stop: ↑ ↓, Home and End move between its checkboxes and buttons (the date
 * range's fields, which use the arrow keys themselves, keep their own Tab stops). It folds away to its heading
 * (a toggle naming how many filters are on), folded from the start in a narrow window (use-pane-open.ts).
 */
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionRecord } from '../../data/database';
import { useFormattingLocale } from '../../ui/i18n';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetGroup } from './FacetGroup';
import { facetOptions } from './facet-options';
import { useRovingFocus } from './use-roving-focus';
import { activeFilterCount, clearFacet, hasActiveFilters, NO_FILTERS, toggleValue, type Facet, type FacetCounts, type LibraryFilters } from './library-filters';

const GROUPS = [
  ['status', 'facetStatus'],
  ['notes', 'facetNotes'],
  ['tag', 'facetTags'],
  ['collection', 'facetCollections'],
  ['source', 'facetSources'],
  ['author', 'facetAuthors'],
  ['language', 'facetLanguages'],
] as const satisfies readonly (readonly [Facet, string])[];

/** The panel's one Tab stop moves among these (use-roving-focus.ts). */
const ROVING_ITEMS = 'input[type="checkbox"], button';

interface Props {
  filters: LibraryFilters;
  /** null while the library is still loading. */
  counts: FacetCounts | null;
  collections: readonly CollectionRecord[];
  onChange: (filters: LibraryFilters) => void;
  /** Unfolded: the groups show; folded, only the heading's toggle. */
  open: boolean;
  onToggle: () => void;
}

export function FilterPanel({ filters, counts, collections, onChange, open, onToggle }: Props) {
  const { t } = useTranslation('library');
  const locale = useFormattingLocale();
  const names = new Map(collections.map((c) => [c.id, c.name]));
  const panel = useRef<HTMLElement>(null);
  const roving = useRovingFocus(panel, ROVING_ITEMS);
  const groupsId = useId();
  const active = activeFilterCount(filters);
  const Chevron = open ? ChevronDown : ChevronRight;
  return (
    <aside ref={panel} className="filter-panel" aria-label={t('filters')} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
      <div className="filter-panel-head">
        <h2>
          <button type="button" className="filter-panel-toggle" aria-expanded={open} aria-controls={groupsId} onClick={onToggle}>
            <Chevron className="icon-directional" aria-hidden="true" size={16} />
            {t('filters')}
          </button>
        </h2>
        {!open && active > 0 && <span className="filters-on">{t('filtersOn', { count: active })}</span>}
        {open && hasActiveFilters(filters) && (
          <button type="button" className="quiet-button" onClick={() => onChange(NO_FILTERS)}>
            {t('clearAllFilters')}
          </button>
        )}
      </div>
      <div id={groupsId} hidden={!open}>
        {counts === null ? (
          <p className="loading">{t('counting')}</p>
        ) : (
          <>
            {GROUPS.map(([facet, title]) => (
              <FacetGroup
                key={facet}
                title={t(title)}
                options={facetOptions(facet, counts[facet], filters.values[facet], names, t, locale)}
                chosen={filters.values[facet]}
                onToggle={(value) => onChange(toggleValue(filters, facet, value))}
                onClear={() => onChange(clearFacet(filters, facet))}
              />
            ))}
            <DateRangeFilter range={filters.dates} onChange={(dates) => onChange({ ...filters, dates })} />
          </>
        )}
      </div>
    </aside>
  );
}
