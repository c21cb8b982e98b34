/**
 * One highlight in the panel: its quote (pressing it shows the highlight in the article), its note in Markdown,
 * its colour (radio buttons), Add a note / Edit note with Save and Cancel, and Delete highlight.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../../data/database';
import { linkClickHandlers } from '../../../ui/link-clicks';
import { MarkdownText } from '../../../ui/MarkdownText';
import { colorNameKey } from '../highlighting/colors';
import { formatDate } from '../../../../../src-shared/format/format';
import { useFormattingLocale } from '../../../ui/i18n';
import { highlightColor, highlightQuote } from '../../../../../src-shared/anchoring/highlight-record';

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
  const locale = useFormattingLocale();
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
      {editing && <NoteEditor initial={highlight.note ?? ''} onSave={onNote} onDone={() => onEditingChange(false)} onError={onError} />}
      <div className="highlight-actions">
        <div className="color-choices" role="radiogroup" aria-label={t('colour')}>
          {HIGHLIGHT_COLORS.map((choice) => (
            <label key={choice} className="swatch-choice" title={t(colorNameKey(choice))}>
              <input
                type="radio"
                name={`color-${highlight.id}`}
                value={choice}
                checked={choice === color}
                aria-label={t(colorNameKey(choice))}
                onChange={() => onColor(choice)}
              />
              <span className="swatch" data-color={choice} aria-hidden="true" />
            </label>
          ))}
        </div>
        {!editing && (
          <button type="button" className="quiet-button" onClick={() => onEditingChange(true)}>
            {highlight.note ? t('editNote') : t('addNote')}
          </button>
        )}
        <button type="button" className="quiet-button" onClick={onDelete}>
          {t('deleteHighlight')}
        </button>
      </div>
      <p className="highlight-meta">
        <time dateTime={when}>{formatDate(when, locale)}</time>
      </p>
    </li>
  );
}

/** The note's text box, started from the stored note: Save note (or Ctrl/Cmd+Enter), Cancel (or Escape). */
function NoteEditor({ initial, onSave, onDone, onError }: {
  initial: string;
  onSave: (note: string | null) => Promise<void>;
  onDone: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation(['annotations', 'common']);
  const [draft, setDraft] = useState(initial);
  const save = () => void onSave(draft.trim() === '' ? null : draft).then(onDone, onError);
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
    <div className="highlight-note-editor">
      <textarea aria-label={t('highlightNote')} autoFocus rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
      <div className="highlight-actions">
        <button type="button" className="primary-button" onClick={save}>
          {t('saveNote')}
        </button>
        <button type="button" className="quiet-button" onClick={onDone}>
          {t('common:cancel')}
        </button>
      </div>
    </div>
  );
}
