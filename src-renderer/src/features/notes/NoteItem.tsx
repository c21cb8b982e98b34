/**
 * One note: its Markdown rendered (no raw HTML; links open in the system browser, never in the window), its times,
 * and Edit / Delete; editing has Save and Cancel.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { NoteRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { deleteNote, updateNote } from '../../data/notes-repo';
import { linkClickHandlers } from '../../ui/link-clicks';
import { formatDateTime } from '../../../../src-shared/format/format';
import { useFormattingLocale } from '../../ui/i18n';
import { MarkdownText } from '../../ui/MarkdownText';
import { formatEditedAt, isEdited } from './note-times';

interface Props {
  note: NoteRecord;
  onError: (error: unknown) => void;
  /** Called with the note as it was, once it is deleted (so that it can be put back). */
  onDeleted: (note: NoteRecord) => void;
  /** Give the keyboard focus to its Edit button when shown (a note just put back by Undo). */
  focusOnShow?: boolean;
}

export function NoteItem({ note, onError, onDeleted, focusOnShow = false }: Props) {
  const db = useDb();
  const { t } = useTranslation(['notes', 'common']);
  const locale = useFormattingLocale();
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnShow) editButton.current?.focus();
  }, [focusOnShow]);

  const save = async () => {
    if (draft === null || draft.trim() === '') return;
    try {
      await updateNote(db, note.id, draft);
      setDraft(null);
    } catch (error) {
      onError(error);
    }
  };
  const remove = async () => {
    try {
      const removed = await deleteNote(db, note.id);
      if (removed) onDeleted(removed);
    } catch (error) {
      onError(error);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setDraft(null);
  };

  return (
    <li className="note" data-note-id={note.id} tabIndex={-1}>
      {draft === null ? (
        <div className="note-text" {...linkClickHandlers(onError)}>
          <MarkdownText text={note.body} />
        </div>
      ) : (
        <textarea aria-label={t('editNote')} autoFocus rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
      )}
      <p className="note-meta">
        <span>
          <Trans
            t={t}
            i18nKey="addedAt"
            values={{ when: formatDateTime(note.createdAt, locale) }}
            components={[<time key="when" dateTime={note.createdAt} />]}
          />
        </span>
        {isEdited(note) && (
          <span>
            {' · '}
            <Trans
              t={t}
              i18nKey="editedAt"
              values={{ when: formatEditedAt(note.createdAt, note.updatedAt, locale) }}
              components={[<time key="when" dateTime={note.updatedAt} />]}
            />
          </span>
        )}
      </p>
      <div className="note-actions">
        {draft === null ? (
          <>
            <button ref={editButton} type="button" onClick={() => setDraft(note.body)}>
              {t('edit')}
            </button>
            <button type="button" onClick={() => void remove()}>
              {t('common:delete')}
            </button>
          </>
        ) : (
          <>
            <button type="button" disabled={draft.trim() === ''} onClick={() => void save()}>
              {t('common:save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('common:cancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
