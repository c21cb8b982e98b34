/**
 * One highlight in the Notes view: its quote in its colour (opens the article at it), its kind and time, its note
 * in Markdown, and Add a note / Edit note in place (saved by the highlights repo, as the reader's panel does).
 */
import { Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { highlightColor, highlightQuote } from '../../../../src-shared/anchoring/highlight-record';
import type { HighlightColor, HighlightRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { updateHighlight } from '../../data/highlights-repo';
import { DateTime } from '../../ui/DateTime';
import { IconButton } from '../../ui/IconButton';
import { linkClickHandlers } from '../../ui/link-clicks';
import { MarkdownText } from '../../ui/MarkdownText';
import { NoteEditor } from '../../ui/NoteEditor';
import { useEditInPlace } from './use-edit-in-place';

/** "Yellow highlight": one message per colour, so each language can word it (and agree the colour) its own way. */
const KIND_KEYS = {
  yellow: 'yellowHighlight',
  green: 'greenHighlight',
  blue: 'blueHighlight',
  pink: 'pinkHighlight',
  purple: 'purpleHighlight',
} as const satisfies Record<HighlightColor, string>;

interface Props {
  highlight: HighlightRecord;
  onOpen: () => void;
  onError: (error: unknown) => void;
}

export function HighlightEntry({ highlight, onOpen, onError }: Props) {
  const db = useDb();
  const { t } = useTranslation(['notes', 'annotations']);
  const { editing, editButton, open, close } = useEditInPlace();
  const color = highlightColor(highlight.color);
  return (
    <li className="notes-entry highlight-entry" data-color={color}>
      <button type="button" className="highlight-quote" onClick={onOpen}>
        <span className="highlight-swatch" aria-hidden="true" />
        {highlightQuote(highlight) || t('noQuote')}
      </button>
      <div className="notes-entry-meta">
        <span>
          {t(KIND_KEYS[color])} · <DateTime iso={highlight.createdAt} withTime />
        </span>
        {!editing && (
          <IconButton
            ref={editButton}
            className="notes-entry-edit"
            label={highlight.note ? t('annotations:editNote') : t('annotations:addNote')}
            icon={<Pencil aria-hidden="true" size={15} />}
            onClick={open}
          />
        )}
      </div>
      {editing ? (
        <NoteEditor
          initial={highlight.note ?? ''}
          label={t('annotations:highlightNote')}
          saveLabel={t('annotations:saveNote')}
          onSave={(text) => updateHighlight(db, highlight.id, { note: text })}
          onDone={close}
          onError={onError}
        />
      ) : (
        highlight.note && (
          <div className="notes-entry-text" {...linkClickHandlers(onError)}>
            <MarkdownText text={highlight.note} />
          </div>
        )
      )}
    </li>
  );
}
