/** "Sort by" (added, published, title, source, author, reading progress) and its order, worded for the field. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SORT_FIELDS, type LibrarySort, type SortDirection, type SortField } from '../../data/library-sort';

/** Each field's words (keys of the `library` messages). */
const FIELD_LABELS = {
  added: 'sortAdded',
  published: 'sortPublished',
  title: 'sortTitle',
  source: 'sortSource',
  author: 'sortAuthor',
  progress: 'sortProgress',
} as const satisfies Record<SortField, string>;

const DATES = { desc: 'newestFirst', asc: 'oldestFirst' } as const;
const NAMES = { asc: 'aToZ', desc: 'zToA' } as const;
const ORDER_LABELS = {
  added: DATES,
  published: DATES,
  title: NAMES,
  source: NAMES,
  author: NAMES,
  progress: { desc: 'mostReadFirst', asc: 'leastReadFirst' },
} as const satisfies Record<SortField, Record<SortDirection, string>>;

/** The natural first order of each field: dates and progress descending, names ascending. */
const FIRST_DIRECTION: Record<SortField, SortDirection> = {
  added: 'desc',
  published: 'desc',
  title: 'asc',
  source: 'asc',
  author: 'asc',
  progress: 'desc',
};

interface Props {
  sort: LibrarySort;
  onChange: (sort: LibrarySort) => void;
}

export function SortControl({ sort, onChange }: Props) {
  const { t } = useTranslation('library');
  const id = useId();
  const directions: SortDirection[] = FIRST_DIRECTION[sort.field] === 'asc' ? ['asc', 'desc'] : ['desc', 'asc'];
  return (
    <div className="sort-control" role="group" aria-label={t('sort')}>
      <label htmlFor={`${id}-field`}>{t('sortBy')}</label>
      <select
        id={`${id}-field`}
        value={sort.field}
        onChange={(e) => {
          const field = e.target.value as SortField;
          onChange({ field, direction: FIRST_DIRECTION[field] });
        }}
      >
        {SORT_FIELDS.map((field) => (
          <option key={field} value={field}>
            {t(FIELD_LABELS[field])}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-order`} className="visually-hidden">
        {t('order')}
      </label>
      <select id={`${id}-order`} value={sort.direction} onChange={(e) => onChange({ ...sort, direction: e.target.value as SortDirection })}>
        {directions.map((direction) => (
          <option key={direction} value={direction}>
            {t(ORDER_LABELS[sort.field][direction])}
          </option>
        ))}
      </select>
    </div>
  );
}
