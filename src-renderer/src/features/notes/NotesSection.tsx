/**
 * The reader's own notes at the end of the article, where the web page had its comments: a region named
 * "Notes" with the notes (oldest first), a box to add one, and Export notes… (this article's notes and highlights).
 * Every change is stored at once; a deleted note can be put back with Undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportNotesMenu } from '../annotations';
import { errorMessage } from '../../data/bridge';
import type { NoteRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { getAnnotationGroup } from '../../data/notes-library-query';
import { listNotes } from '../../data/notes-repo';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';
import { UndoNoteDelete } from './UndoNoteDelete';

export function NotesSection({ articleId }: { articleId: string }) {
  const db = useDb();
  const { t } = useTranslation('notes');
  const notes = useLiveQuery(() => listNotes(db, articleId), [db, articleId]);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const [restoredId, setRestoredId] = useState<string | null>(null);
  const headingId = useId();
  const report = useCallback((e: unknown) => setError(errorMessage(e)), []);
  const loadExport = useCallback(async () => {
    const entry = await getAnnotationGroup(db, articleId);
    return entry && { kind: 'article' as const, entry };
  }, [db, articleId]);

  return (
    <section className="notes" aria-labelledby={headingId}>
      <div className="notes-heading">
        <h2 id={headingId}>{t('notes')}</h2>
        <ExportNotesMenu load={loadExport} onError={report} />
      </div>
      {error && <ErrorAlert message={error} onDismiss={() => setError(null)} />}
      {notes && notes.length === 0 && <p className="empty-note">{t('noNotesYet')}</p>}
      {notes && notes.length > 0 && (
        <ol className="note-list" aria-label={t('notesOnArticle')}>
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} onError={report} onDeleted={setDeleted} focusOnShow={note.id === restoredId} />
          ))}
        </ol>
      )}
      <div role="status" aria-label={t('deletedNote')} className="note-status">
        {deleted && (
          <UndoNoteDelete
            key={deleted.id}
            note={deleted}
            onDone={() => {
              setRestoredId(deleted.id);
              setDeleted(null);
            }}
            onError={report}
          />
        )}
      </div>
      <NoteComposer articleId={articleId} onError={report} />
    </section>
  );
}
