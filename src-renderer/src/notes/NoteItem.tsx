/** One note: its Markdown rendered (no raw HTML), its times, and Edit / Delete; editing has Save and Cancel. */
import { useState, type KeyboardEvent } from 'react';
import type { NoteRecord } from '../db/database';
import { useDb } from '../db/db-context';
import { deleteNote, updateNote } from '../db/notes-repo';
import { handleLinkClick } from '../reader/link-clicks';
import { DateTime } from '../ui/DateTime';
import { MarkdownText } from '../ui/MarkdownText';

export function NoteItem({ note, onError }: { note: NoteRecord; onError: (error: unknown) => void }) {
  const db = useDb();
  const [draft, setDraft] = useState<string | null>(null);

  const save = async () => {
    if (draft === null || draft.trim() === '') return;
    try {
      await updateNote(db, note.id, draft);
      setDraft(null);
    } catch (error) {
      onError(error);
    }
  };
  const remove = () => deleteNote(db, note.id).catch(onError);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setDraft(null);
  };

  return (
    <li className="note" data-note-id={note.id} tabIndex={-1}>
      {draft === null ? (
        <div className="note-text" onClick={(event) => handleLinkClick(event, onError)}>
          <MarkdownText text={note.body} />
        </div>
      ) : (
        <textarea aria-label="Edit note" autoFocus rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
      )}
      <p className="note-meta">
        <span>
          Added <DateTime iso={note.createdAt} withTime />
        </span>
        {note.updatedAt !== note.createdAt && (
          <span>
            {' · '}edited <DateTime iso={note.updatedAt} withTime />
          </span>
        )}
      </p>
      <div className="note-actions">
        {draft === null ? (
          <>
            <button type="button" onClick={() => setDraft(note.body)}>
              Edit
            </button>
            <button type="button" onClick={() => void remove()}>
              Delete
            </button>
          </>
        ) : (
          <>
            <button type="button" disabled={draft.trim() === ''} onClick={() => void save()}>
              Save
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </>
        )}
      </div>
    </li>
  );
}
