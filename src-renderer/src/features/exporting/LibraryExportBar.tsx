/**
 * The library's export control: Export selected (the articles whose checkbox is ticked). A tag is exported from
 * Tags… (one button per tag), the whole library from File → Export Library….
 */
import { useDb } from '../../data/db-context';
import { articlesPlan } from './export-plans';
import { startExport, useExportState } from './export-store';

interface Props {
  selectedIds: ReadonlySet<string>;
  onClearSelection: () => void;
}

export function LibraryExportBar({ selectedIds, onClearSelection }: Props) {
  const db = useDb();
  const busy = useExportState().phase === 'busy';
  const count = selectedIds.size;

  const exportSelected = async () => {
    if ((await startExport(db, articlesPlan([...selectedIds]))).phase === 'done') onClearSelection();
  };
  return (
    <div className="library-export-bar" role="group" aria-label="Export">
      <button type="button" disabled={count === 0 || busy} onClick={() => void exportSelected()}>
        Export selected
      </button>
      {count > 0 && (
        <>
          <span className="selection-count">{count} selected</span>
          <button type="button" className="quiet-button" onClick={onClearSelection}>
            Clear selection
          </button>
        </>
      )}
    </div>
  );
}
