/** After a delete: "Deleted “Title”." with Undo, until the reader dismisses it or deletes something else. */
import { useState } from 'react';
import { restoreArticle, type DeletedArticle } from '../db/delete-repo';
import { useDb } from '../db/db-context';

interface Props {
  deleted: DeletedArticle;
  onDone: () => void;
  onError: (error: unknown) => void;
}

export function UndoDeleteNotice({ deleted, onDone, onError }: Props) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await restoreArticle(db, deleted);
      onDone();
    } catch (error) {
      onError(error);
      setBusy(false);
    }
  };
  return (
    <div className="undo-notice" role="status" aria-label="Deleted article">
      <span>Deleted “{deleted.article.title}”.</span>
      <button type="button" disabled={busy} onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" onClick={onDone}>
        Dismiss
      </button>
    </div>
  );
}
