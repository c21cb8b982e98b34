/** "Sort by" (added, published, title, source, author, reading progress) and its order, worded for the field. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select';
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
      <Select
        id={`${id}-field`}
        value={sort.field}
        options={SORT_FIELDS.map((field) => ({ value: field, label: t(FIELD_LABELS[field]) }))}
        onChange={(field) => onChange({ field, direction: FIRST_DIRECTION[field] })}
      />
      <label htmlFor={`${id}-order`} className="visually-hidden">
        {t('order')}
      </label>
      <Select
        id={`${id}-order`}
        value={sort.direction}
        options={directions.map((direction) => ({ value: direction, label: t(ORDER_LABELS[sort.field][direction]) }))}
        onChange={(direction) => onChange({ ...sort, direction })}
      />
    </div>
  );
}
