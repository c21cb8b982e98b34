/** The date-range filter: added or published, from one day to another (either end open). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select';
import { dateRangeError, type DateField, type DateRange } from './library-filters';

/** Each date's words (keys of the `library` messages). */
const FIELD_LABELS = { added: 'dateAdded', published: 'datePublished' } as const satisfies Record<DateField, string>;
const FIELDS = Object.keys(FIELD_LABELS) as DateField[];

interface Props {
  range: DateRange;
  onChange: (range: DateRange) => void;
}

export function DateRangeFilter({ range, onChange }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const id = useId();
  const error = dateRangeError(range, t);
  const active = range.from !== null || range.to !== null;
  const day = (value: string) => (value === '' ? null : value);
  return (
    <fieldset className="facet date-range">
      <legend>{t('date')}</legend>
      {active && (
        <button
          type="button"
          className="facet-clear link-button"
          aria-label={t('clearDateFilter')}
          onClick={() => onChange({ ...range, from: null, to: null })}
        >
          {t('common:clear')}
        </button>
      )}
      <div className="date-range-fields">
        <label htmlFor={`${id}-field`}>{t('datesBy')}</label>
        <Select
          id={`${id}-field`}
          value={range.field}
          options={FIELDS.map((field) => ({ value: field, label: t(FIELD_LABELS[field]) }))}
          onChange={(field) => onChange({ ...range, field })}
        />
        <label htmlFor={`${id}-from`}>{t('dateFrom')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={range.from ?? ''}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...range, from: day(e.target.value) })}
        />
        <label htmlFor={`${id}-to`}>{t('dateTo')}</label>
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
