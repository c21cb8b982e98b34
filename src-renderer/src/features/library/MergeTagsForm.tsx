/**
 * "Merge two tags": both drop-downs start empty (nothing destructive is pre-filled), or, from a sidebar tag's
 * Merge into…, with that tag to merge and the focus on the one to merge it into, still empty; Merge asks the
 * dialog to confirm. A tag too long for its drop-down is cut with an ellipsis, whole in its tooltip (ui/Select).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select';

interface Props {
  names: readonly string[];
  /** The tag to merge, chosen already (the sidebar's Merge into…); null: none. */
  from?: string | null;
  onMerge: (from: string, into: string) => void;
}

const tagOption = (name: string) => ({ value: name, label: name });

export function MergeTagsForm({ names, from: chosen = null, onMerge }: Props) {
  const { t } = useTranslation('library');
  const id = useId();
  const [from, setFrom] = useState(chosen ?? '');
  const [into, setInto] = useState('');
  const mergeFrom = names.includes(from) ? from : '';
  const mergeInto = names.includes(into) && into !== mergeFrom ? into : '';
  const none = { value: '', label: t('chooseTag') };
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
      <Select id={`${id}-from`} value={mergeFrom} options={[none, ...names.map(tagOption)]} onChange={setFrom} />
      <label htmlFor={`${id}-into`}>{t('mergeInto')}</label>
      <Select
        id={`${id}-into`}
        value={mergeInto}
        data-autofocus={chosen === null ? undefined : ''}
        options={[none, ...names.filter((name) => name !== mergeFrom).map(tagOption)]}
        onChange={setInto}
      />
      <button type="submit" disabled={!mergeFrom || !mergeInto}>
        {t('mergeTagsButton')}
      </button>
    </form>
  );
}
