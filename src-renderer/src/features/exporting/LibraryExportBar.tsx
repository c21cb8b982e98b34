/**
 * The library's export control: Export selected (the articles whose checkbox is ticked). A tag is exported from
 * Tags… (one button per tag), the whole library from File → Export Library….
 */
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import { articlesPlan } from './export-plans';
import { startExport, useExportState } from './export-store';

interface Props {
  selectedIds: ReadonlySet<string>;
  onClearSelection: () => void;
}

export function LibraryExportBar({ selectedIds, onClearSelection }: Props) {
  const { t } = useTranslation('library');
  const db = useDb();
  const busy = useExportState().phase === 'busy';
  const count = selectedIds.size;

  const exportSelected = async () => {
    if ((await startExport(db, articlesPlan([...selectedIds], t))).phase === 'done') onClearSelection();
  };
  return (
    <div className="library-export-bar" role="group" aria-label={t('exportGroup')}>
      <button type="button" disabled={count === 0 || busy} onClick={() => void exportSelected()}>
        {t('exportSelected')}
      </button>
      {count > 0 && (
        <>
          <span className="selection-count">{t('selectedCount', { count })}</span>
          <button type="button" className="quiet-button" onClick={onClearSelection}>
            {t('clearSelection')}
          </button>
        </>
      )}
    </div>
  );
}
