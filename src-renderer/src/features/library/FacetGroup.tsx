/** One facet of the filter panel: a group of checkboxes, each with its count, the top ones first, and Clear. */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormattingLocale } from '../../ui/i18n';
import { visibleOptions, type FacetOption } from './facet-options';

const SHOWN = 6;
/** Never more checkboxes than this at once (a library can have thousands of sources). */
const SHOWN_ALL = 300;

interface Props {
  title: string;
  options: readonly FacetOption[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
  onClear: () => void;
}

export function FacetGroup({ title, options, chosen, onToggle, onClear }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const locale = useFormattingLocale();
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) return null;
  const shown = visibleOptions(options, chosen, expanded ? SHOWN_ALL : SHOWN);
  const hidden = options.length - shown.length;
  const number = new Intl.NumberFormat(locale);
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {chosen.length > 0 && (
        <button type="button" className="facet-clear link-button" onClick={onClear} aria-label={t('clearFacet', { facet: title })}>
          {t('common:clear')}
        </button>
      )}
      <ul className="facet-options">
        {shown.map((option) => (
          <li key={option.value}>
            <label className={option.count === 0 ? 'facet-option empty' : 'facet-option'}>
              <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => onToggle(option.value)} />
              <span className="facet-label" dir="auto" title={option.label}>
                {option.label}
              </span>
              <span className="facet-count">{number.format(option.count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {(hidden > 0 || expanded) && options.length > SHOWN && (
        <button type="button" className="link-button facet-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          <Trans
            t={t}
            i18nKey={expanded ? 'showFewer' : 'showAll'}
            values={{ count: options.length, facet: title }}
            components={[<span key="facet" className="visually-hidden" />]}
          />
        </button>
      )}
    </fieldset>
  );
}
