/**
 * One highlight in the panel, compact: its quote (pressing it shows the highlight in the article), its note in
 * Markdown, then one line: its colour (a swatch that opens the colours), when it was made or last changed (date and
 * time), Add a note / Edit note (a text box in place, Save and Cancel) and Delete highlight.
 */
import { Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor, HighlightRecord } from '../../../data/database';
import { DateTime } from '../../../ui/DateTime';
import { IconButton } from '../../../ui/IconButton';
import { linkClickHandlers } from '../../../ui/link-clicks';
import { MarkdownText } from '../../../ui/MarkdownText';
import { NoteEditor } from '../../../ui/NoteEditor';
import { highlightColor, highlightQuote } from '../../../../../src-shared/anchoring/highlight-record';
import { ColourChoice } from './ColourChoice';

interface Props {
  highlight: HighlightRecord;
  selected: boolean;
  /** Opens the note editor at once (a highlight just made with "Highlight with note"). */
  editing: boolean;
  /** Absent for an orphan: it has no place in the text to go to. */
  onShow?: () => void;
  onColor: (color: HighlightColor) => void;
  onNote: (note: string | null) => Promise<void>;
  onEditingChange: (editing: boolean) => void;
  onDelete: () => void;
  onError: (error: unknown) => void;
}

const QUOTE_LIMIT = 280;

function shortQuote(quote: string): string {
  return quote.length <= QUOTE_LIMIT ? quote : `${quote.slice(0, QUOTE_LIMIT).trimEnd()}…`;
}

export function HighlightCard({ highlight, selected, editing, onShow, onColor, onNote, onEditingChange, onDelete, onError }: Props) {
  const { t } = useTranslation('annotations');
  const color = highlightColor(highlight.color);
  const when = highlight.updatedAt ?? highlight.createdAt;
  const quote = shortQuote(highlightQuote(highlight));
  const cardRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) cardRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <li ref={cardRef} className="highlight-card" data-color={color} data-highlight-id={highlight.id} aria-current={selected || undefined}>
      {onShow ? (
        <button type="button" className="card-quote" onClick={onShow} title={t('showInArticle')}>
          {quote}
        </button>
      ) : (
        <p className="card-quote orphan-quote">{quote}</p>
      )}
      {!editing && highlight.note && (
        <div className="highlight-note" {...linkClickHandlers(onError)}>
          <MarkdownText text={highlight.note} />
        </div>
      )}
      {editing && (
        <NoteEditor
          className="highlight-note-editor"
          initial={highlight.note ?? ''}
          label={t('highlightNote')}
          saveLabel={t('saveNote')}
          onSave={(text) => onNote(text.trim() === '' ? null : text)}
          onDone={() => onEditingChange(false)}
          onError={onError}
        />
      )}
      <div className="highlight-actions">
        <ColourChoice name={`color-${highlight.id}`} color={color} onColor={onColor} />
        <span className="highlight-meta">
          <DateTime iso={when} withTime />
        </span>
        {!editing && (
          <IconButton
            className="card-action"
            label={highlight.note ? t('editNote') : t('addNote')}
            icon={<Pencil aria-hidden="true" size={15} />}
            onClick={() => onEditingChange(true)}
          />
        )}
        <IconButton className="card-action" label={t('deleteHighlight')} icon={<Trash2 aria-hidden="true" size={15} />} onClick={onDelete} />
      </div>
    </li>
  );
}
