/**
 * The quiet "Note deleted · Undo" status after a note is deleted; Undo puts the note back exactly as it was. Undo
 * takes the keyboard focus, which the deleted note's Delete button had.
 */
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import type { NoteRecord } from '../../data/database';
import { restoreNote } from '../../data/notes-repo';

interface Props {
  note: NoteRecord;
  onDone: () => void;
  onError: (error: unknown) => void;
}

export function UndoNoteDelete({ note, onDone, onError }: Props) {
  const db = useDb();
  const { t } = useTranslation(['notes', 'common']);
  const undo = async () => {
    try {
      await restoreNote(db, note);
      onDone();
    } catch (error) {
      onError(error);
    }
  };
  return (
    <p className="note-undo">
      {t('noteDeleted')} ·{' '}
      <button type="button" className="link-button" autoFocus onClick={() => void undo()}>
        {t('common:undo')}
      </button>
    </p>
  );
}
