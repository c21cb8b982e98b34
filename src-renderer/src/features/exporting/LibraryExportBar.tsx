/**
 * The library's export controls: Export selected (the articles whose checkbox is ticked) and the export of one
 * tag (a tag picker and its button). The whole library is exported from File → Export Library….
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useDb } from '../../data/db-context';
import { articlesPlan, tagPlan } from './export-plans';
import { listTags } from '../../data/export-repo';
import { startExport, useExportState } from './export-store';

interface Props {
  selectedIds: ReadonlySet<string>;
  onClearSelection: () => void;
}

export function LibraryExportBar({ selectedIds, onClearSelection }: Props) {
  const db = useDb();
  const busy = useExportState().phase === 'busy';
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const [chosenTag, setChosenTag] = useState('');
  const tag = tags.includes(chosenTag) ? chosenTag : (tags[0] ?? '');
  const tagId = useId();
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
      {tags.length > 0 && (
        <>
          <label htmlFor={tagId}>Tag</label>
          <select id={tagId} value={tag} onChange={(event) => setChosenTag(event.target.value)}>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy || tag === ''} onClick={() => void startExport(db, tagPlan(tag))}>
            Export tag
          </button>
        </>
      )}
    </div>
  );
}
