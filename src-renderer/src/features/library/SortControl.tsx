/** "Sort by" (added, published, title, source, author, reading progress) and its order, worded for the field. */
import { useId } from 'react';
import { SORT_FIELDS, SORT_LABELS, type LibrarySort, type SortDirection, type SortField } from '../../data/library-sort';

const ORDER_LABELS: Record<SortField, Record<SortDirection, string>> = {
  added: { desc: 'Newest first', asc: 'Oldest first' },
  published: { desc: 'Newest first', asc: 'Oldest first' },
  title: { asc: 'A to Z', desc: 'Z to A' },
  source: { asc: 'A to Z', desc: 'Z to A' },
  author: { asc: 'A to Z', desc: 'Z to A' },
  progress: { desc: 'Most read first', asc: 'Least read first' },
};

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
  const id = useId();
  const directions: SortDirection[] = FIRST_DIRECTION[sort.field] === 'asc' ? ['asc', 'desc'] : ['desc', 'asc'];
  return (
    <div className="sort-control" role="group" aria-label="Sort">
      <label htmlFor={`${id}-field`}>Sort by</label>
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
            {SORT_LABELS[field]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-order`} className="visually-hidden">
        Order
      </label>
      <select id={`${id}-order`} value={sort.direction} onChange={(e) => onChange({ ...sort, direction: e.target.value as SortDirection })}>
        {directions.map((direction) => (
          <option key={direction} value={direction}>
            {ORDER_LABELS[sort.field][direction]}
          </option>
        ))}
      </select>
    </div>
  );
}
