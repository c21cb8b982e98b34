/** "Select all shown": ticks every article the filters show (or unticks them all), mixed when some are ticked. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selection } from '../exporting';
import type { LibraryEntry } from '../../data/library-entry';

interface Props {
  shown: readonly LibraryEntry[];
  complete: boolean;
  selection: Selection;
}

export function SelectAllShown({ shown, complete, selection }: Props) {
  const { t } = useTranslation('library');
  const ref = useRef<HTMLInputElement>(null);
  const picked = complete ? shown.reduce((n, entry) => n + (selection.selected.has(entry.id) ? 1 : 0), 0) : 0;
  const all = shown.length > 0 && picked === shown.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = picked > 0 && !all;
  }, [picked, all]);
  return (
    <label className="select-all">
      <input
        ref={ref}
        type="checkbox"
        disabled={!complete || shown.length === 0}
        checked={all}
        onChange={() => (all ? selection.clear() : selection.replace(shown.map((entry) => entry.id)))}
      />
      {t('selectAllShown')}
    </label>
  );
}
