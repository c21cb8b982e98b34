/**
 * The side panel "Highlights and notes": the article's highlights in document order, those that could not be
 * placed on the current text (orphans, with their quotes: never dropped), then the article's notes. Pressing a
 * highlight's quote or a note shows it in the article. A deleted highlight can be brought back with Undo.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor, HighlightRecord, NoteRecord } from '../../../data/database';
import type { ShownHighlight } from '../highlighting/use-shown-highlights';
import { HighlightCard } from './HighlightCard';

export interface HighlightActions {
  onColor: (id: string, color: HighlightColor) => void;
  onNote: (id: string, note: string | null) => Promise<void>;
  onDelete: (highlight: HighlightRecord) => void;
  onError: (error: unknown) => void;
}

interface Props extends HighlightActions {
  placed: readonly ShownHighlight[];
  orphans: readonly HighlightRecord[];
  notes: readonly NoteRecord[];
  selectedId: string | null;
  editingId: string | null;
  onEditingChange: (id: string | null) => void;
  onShowHighlight: (id: string) => void;
  onShowNote: (id: string) => void;
  /** The highlight just deleted, offered back with Undo. */
  deleted: HighlightRecord | null;
  onUndo: () => void;
  onClose: () => void;
}

function firstLine(markdown: string): string {
  const line = markdown.split('\n').find((l) => l.trim() !== '') ?? '';
  const plain = line.replace(/^[#>*\-\s]+/, '').trim();
  return plain.length > 120 ? `${plain.slice(0, 120)}…` : plain;
}

export function AnnotationsPanel(props: Props) {
  const { placed, orphans, notes, selectedId, editingId, deleted } = props;
  const { t } = useTranslation(['annotations', 'common']);
  const headingId = useId();
  const card = (highlight: HighlightRecord, onShow?: () => void) => (
    <HighlightCard
      key={highlight.id}
      highlight={highlight}
      selected={highlight.id === selectedId}
      editing={highlight.id === editingId}
      onShow={onShow}
      onColor={(color) => props.onColor(highlight.id, color)}
      onNote={(note) => props.onNote(highlight.id, note)}
      onEditingChange={(editing) => props.onEditingChange(editing ? highlight.id : null)}
      onDelete={() => props.onDelete(highlight)}
      onError={props.onError}
    />
  );
  const empty = placed.length === 0 && orphans.length === 0 && notes.length === 0;

  return (
    <aside className="annotations-panel" aria-labelledby={headingId}>
      <header className="annotations-panel-header">
        <h2 id={headingId}>{t('panelTitle')}</h2>
        <button type="button" className="quiet-button" onClick={props.onClose}>
          {t('common:close')}
        </button>
      </header>
      {deleted && (
        <div className="undo-notice inline" role="status" aria-label={t('deletedHighlight')}>
          <span>{t('highlightDeleted')}</span>
          <button type="button" onClick={props.onUndo}>
            {t('common:undo')}
          </button>
        </div>
      )}
      {empty && <p className="panel-empty">{t('panelEmpty')}</p>}
      {placed.length > 0 && (
        <ol className="highlight-list" aria-label={t('highlights')}>
          {placed.map((item) => card(item.highlight, () => props.onShowHighlight(item.highlight.id)))}
        </ol>
      )}
      {orphans.length > 0 && (
        <section className="orphans" aria-label={t('orphansLabel')}>
          <h3>{t('orphansTitle')}</h3>
          <p className="panel-hint">{t('orphansHint')}</p>
          <ol className="highlight-list">{orphans.map((highlight) => card(highlight))}</ol>
        </section>
      )}
      {notes.length > 0 && (
        <section aria-label={t('articleNotes')}>
          <h3>{t('articleNotes')}</h3>
          <ol className="panel-notes">
            {notes.map((note) => (
              <li key={note.id}>
                <button type="button" className="panel-note" onClick={() => props.onShowNote(note.id)}>
                  {firstLine(note.body)}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
