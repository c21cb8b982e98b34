/**
 * "Merge two tags": both drop-downs start empty (nothing destructive is pre-filled), or, from a sidebar tag's
 * Merge into…, with that tag to merge and the focus on the one to merge it into, still empty; Merge asks the
 * dialog to confirm. A chosen tag too long for its drop-down is cut with an ellipsis, whole in the drop-down's tooltip.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  names: readonly string[];
  /** The tag to merge, chosen already (the sidebar's Merge into…); null: none. */
  from?: string | null;
  onMerge: (from: string, into: string) => void;
}

export function MergeTagsForm({ names, from: chosen = null, onMerge }: Props) {
  const { t } = useTranslation('library');
  const id = useId();
  const [from, setFrom] = useState(chosen ?? '');
  const [into, setInto] = useState('');
  const mergeFrom = names.includes(from) ? from : '';
  const mergeInto = names.includes(into) && into !== mergeFrom ? into : '';
  return (
    <form
      className="merge-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (mergeFrom && mergeInto) onMerge(mergeFrom, mergeInto);
      }}
    >
      <h3>{t('mergeTwoTags')}</h3>
      <label htmlFor={`${id}-from`}>{t('mergeFrom')}</label>
      <select id={`${id}-from`} value={mergeFrom} title={mergeFrom || undefined} onChange={(e) => setFrom(e.target.value)}>
        <option value="">{t('chooseTag')}</option>
        {names.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <label htmlFor={`${id}-into`}>{t('mergeInto')}</label>
      <select id={`${id}-into`} value={mergeInto} title={mergeInto || undefined} data-autofocus={chosen === null ? undefined : ''} onChange={(e) => setInto(e.target.value)}>
        <option value="">{t('chooseTag')}</option>
        {names
          .filter((name) => name !== mergeFrom)
          .map((name) => (
            <option key={name}>{name}</option>
          ))}
      </select>
      <button type="submit" disabled={!mergeFrom || !mergeInto}>
        {t('mergeTagsButton')}
      </button>
    </form>
  );
}
