/** One article note in the Notes view: its Markdown, its kind and time, and Edit in place (the notes repo saves it). */
import { Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { NoteRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { updateNote } from '../../data/notes-repo';
import { DateTime } from '../../ui/DateTime';
import { IconButton } from '../../ui/IconButton';
import { linkClickHandlers } from '../../ui/link-clicks';
import { MarkdownText } from '../../ui/MarkdownText';
import { NoteEditor } from '../../ui/NoteEditor';
import { useEditInPlace } from './use-edit-in-place';

export function NoteEntry({ note, onError }: { note: NoteRecord; onError: (error: unknown) => void }) {
  const db = useDb();
  const { t } = useTranslation(['notes', 'common']);
  const { editing, editButton, open, close } = useEditInPlace();
  return (
    <li className="notes-entry note-entry">
      {editing ? (
        <NoteEditor
          initial={note.body}
          label={t('editNote')}
          saveLabel={t('common:save')}
          required
          onSave={(text) => updateNote(db, note.id, text)}
          onDone={close}
          onError={onError}
        />
      ) : (
        <div className="notes-entry-text" {...linkClickHandlers(onError)}>
          <MarkdownText text={note.body} />
        </div>
      )}
      <div className="notes-entry-meta">
        <span>
          {t('noteKind')} · <DateTime iso={note.createdAt} withTime />
        </span>
        {!editing && (
          <IconButton ref={editButton} className="notes-entry-edit" label={t('editNote')} icon={<Pencil aria-hidden="true" size={15} />} onClick={open} />
        )}
      </div>
    </li>
  );
}
