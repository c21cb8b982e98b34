/** The date-range filter: added or published, from one day to another (either end open). */
import { useId } from 'react';
import { dateRangeError, type DateField, type DateRange } from './library-filters';

interface Props {
  range: DateRange;
  onChange: (range: DateRange) => void;
}

export function DateRangeFilter({ range, onChange }: Props) {
  const id = useId();
  const error = dateRangeError(range);
  const active = range.from !== null || range.to !== null;
  const day = (value: string) => (value === '' ? null : value);
  return (
    <fieldset className="facet date-range">
      <legend>Date</legend>
      {active && (
        <button
          type="button"
          className="facet-clear link-button"
          aria-label="Clear Date filter"
          onClick={() => onChange({ ...range, from: null, to: null })}
        >
          Clear
        </button>
      )}
      <div className="date-range-fields">
        <label htmlFor={`${id}-field`}>Dates by</label>
        <select id={`${id}-field`} value={range.field} onChange={(e) => onChange({ ...range, field: e.target.value as DateField })}>
          <option value="added">Added</option>
          <option value="published">Published</option>
        </select>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={range.from ?? ''}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...range, from: day(e.target.value) })}
        />
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={range.to ?? ''}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...range, to: day(e.target.value) })}
        />
        {error && (
          <p id={`${id}-error`} className="facet-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
