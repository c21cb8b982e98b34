/**
 * A note's text box in place, started from the stored text: Save (or Ctrl/⌘+Enter) and Cancel (or Escape). One
 * editor for the highlights panel and the Notes view; what an empty text means is the caller's `onSave` (the repo
 * functions hold the rule), and `required` only keeps Save from being pressed with nothing written.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  initial: string;
  /** The text box's accessible name, e.g. "Highlight note". */
  label: string;
  saveLabel: string;
  onSave: (text: string) => Promise<void>;
  /** Leaves the editor, after a save or a cancel. */
  onDone: () => void;
  onError: (error: unknown) => void;
  required?: boolean;
  className?: string;
}

export function NoteEditor({ initial, label, saveLabel, onSave, onDone, onError, required = false, className }: Props) {
  const { t } = useTranslation('common');
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const blocked = saving || (required && draft.trim() === '');
  const save = () => {
    if (blocked) return;
    setSaving(true);
    onSave(draft).then(onDone, (error: unknown) => {
      setSaving(false);
      onError(error);
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  return (
    <div className={className ? `note-editor ${className}` : 'note-editor'}>
      <textarea aria-label={label} autoFocus rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
      <div className="note-editor-actions">
        <button type="button" className="primary-button" disabled={blocked} onClick={save}>
          {saveLabel}
        </button>
        <button type="button" className="quiet-button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
