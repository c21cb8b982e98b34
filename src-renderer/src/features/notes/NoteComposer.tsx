/** The box for a new Markdown note and its Add note button (disabled while the box is empty). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import { addNote } from '../../data/notes-repo';

export function NoteComposer({ articleId, onError }: { articleId: string; onError: (error: unknown) => void }) {
  const db = useDb();
  const { t } = useTranslation('notes');
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const empty = draft.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (empty || saving) return;
    setSaving(true);
    try {
      await addNote(db, articleId, draft);
      setDraft('');
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="note-composer" onSubmit={(event) => void submit(event)}>
      <textarea
        aria-label={t('newNote')}
        placeholder={t('newNotePlaceholder')}
        data-new-note
        rows={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" disabled={empty || saving}>
        {t('addNote')}
      </button>
    </form>
  );
}
