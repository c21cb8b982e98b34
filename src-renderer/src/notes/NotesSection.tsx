/**
 * The reader's own notes at the end of the article, where the web page had its comments: a region named
 * "Notes" with the notes (oldest first) and a box to add one. Every change is stored at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { errorMessage } from '../bridge/bridge';
import { useDb } from '../db/db-context';
import { listNotes } from '../db/notes-repo';
import { ErrorAlert } from '../ui/ErrorAlert';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';

export function NotesSection({ articleId }: { articleId: string }) {
  const db = useDb();
  const notes = useLiveQuery(() => listNotes(db, articleId), [db, articleId]);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const report = useCallback((e: unknown) => setError(errorMessage(e)), []);

  return (
    <section className="notes" aria-labelledby={headingId}>
      <h2 id={headingId}>Notes</h2>
      {error && <ErrorAlert message={error} onDismiss={() => setError(null)} />}
      {notes && notes.length === 0 && <p className="empty-note">No notes yet. Write the first one below.</p>}
      {notes && notes.length > 0 && (
        <ol className="note-list" aria-label="Notes on this article">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} onError={report} />
          ))}
        </ol>
      )}
      <NoteComposer articleId={articleId} onError={report} />
    </section>
  );
}
