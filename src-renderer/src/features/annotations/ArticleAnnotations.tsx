/**
 * Highlights in the reader: the selection toolbar, the painted highlights, a click on a highlight opening it in the
 * panel, and the side panel of highlights and notes. Every change is stored at once (highlights-repo).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HighlightColor, HighlightRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { addHighlight, deleteHighlight, restoreHighlight, updateHighlight } from '../../data/highlights-repo';
import { planSelection } from './highlighting/selection-plan';
import { listNotes } from '../../data/notes-repo';
import { placeRangeSettled } from '../../ui/settled-scroll';
import { readingTop } from '../../ui/text-anchor';
import { describeRange } from '../../../../src-shared/anchoring';
import { paintCurrent } from './highlighting/paint';
import { scrollRangeIntoView } from './highlighting/selection';
import { SelectionToolbar } from './highlighting/SelectionToolbar';
import { useShownHighlights, type ShownHighlight } from './highlighting/use-shown-highlights';
import { AnnotationsPanel } from './panel/AnnotationsPanel';

interface Props {
  articleId: string;
  getBody: () => Element | null;
  bodyReady: boolean;
  /** The reading position has been restored: a highlight to show may now be scrolled to. */
  positionSettled: boolean;
  /** A highlight to select and scroll to once, when the article opens. */
  focusHighlightId?: string;
  panelOpen: boolean;
  onPanelOpenChange: (open: boolean) => void;
  onError: (error: unknown) => void;
}

/** The innermost placed highlight covering text offset `at`, if any. */
function highlightAt(placed: readonly ShownHighlight[], at: number): ShownHighlight | null {
  let best: ShownHighlight | null = null;
  for (const item of placed) {
    if (item.start <= at && at < item.end && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}

export function ArticleAnnotations(props: Props) {
  const { articleId, getBody, bodyReady, positionSettled, focusHighlightId, panelOpen, onPanelOpenChange, onError } = props;
  const db = useDb();
  const shown = useShownHighlights(db, articleId, getBody, bodyReady);
  const notes = useLiveQuery(() => listNotes(db, articleId), [db, articleId]) ?? [];
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [selectedId, setSelectedId] = useState<string | null>(focusHighlightId ?? null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<HighlightRecord | null>(null);
  const { map, placed } = shown;

  const onHighlight = useCallback(
    (range: { start: number; end: number }, chosen: HighlightColor, withNote: boolean) => {
      if (!map) return;
      setColor(chosen);
      const show = (id: string) => {
        setSelectedId(id);
        if (withNote) setEditingId(id);
        onPanelOpenChange(true);
      };
      // Words already highlighted: that highlight is offered (or extended), never a second one on top.
      const plan = planSelection(placed.map((p) => ({ id: p.highlight.id, start: p.start, end: p.end })), range);
      if (plan.kind === 'existing') {
        show(plan.id);
        return;
      }
      const span = plan.kind === 'extend' ? plan : range;
      const { quote, position } = describeRange(map.text, span.start, span.end);
      const saved =
        plan.kind === 'extend'
          ? updateHighlight(db, plan.id, { selectors: [quote, position] }).then(() => plan.id)
          : addHighlight(db, { articleId, selectors: [quote, position], color: chosen }).then((h) => h.id);
      saved
        .then((id) => {
          if (withNote || plan.kind === 'extend') show(id);
        })
        .catch(onError);
    },
    [articleId, db, map, placed, onError, onPanelOpenChange],
  );

  // A click on highlighted text (not the end of a new selection) opens that highlight in the panel.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const root = getBody();
      if (!map || !root || !(event.target instanceof Node) || !root.contains(event.target)) return;
      if (!(document.getSelection()?.isCollapsed ?? true)) return;
      const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY);
      if (!caret) return;
      const hit = highlightAt(placed, map.offsetAt(caret.startContainer, caret.startOffset));
      if (!hit) return;
      setSelectedId(hit.highlight.id);
      onPanelOpenChange(true);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [getBody, map, onPanelOpenChange, placed]);

  // Opened at a highlight: shown once, after the reading position (which would otherwise scroll away from it).
  const focusShown = useRef(false);
  useEffect(() => {
    if (focusShown.current || !positionSettled || !focusHighlightId) return;
    const range = placed.find((item) => item.highlight.id === focusHighlightId)?.range;
    if (!range) return;
    focusShown.current = true;
    // Kept there while a long body's sections around it are laid out (ui/settled-scroll.ts).
    placeRangeSettled(range, (r) => scrollRangeIntoView(r, readingTop()));
  }, [focusHighlightId, placed, positionSettled]);

  const selectedRange = placed.find((item) => item.highlight.id === selectedId)?.range ?? null;
  useEffect(() => {
    paintCurrent(panelOpen ? selectedRange : null);
  }, [panelOpen, selectedRange]);

  const showHighlight = useCallback(
    (id: string) => {
      setSelectedId(id);
      const range = placed.find((item) => item.highlight.id === id)?.range;
      if (range) placeRangeSettled(range, (r) => scrollRangeIntoView(r, readingTop()));
    },
    [placed],
  );
  const showNote = useCallback((id: string) => {
    const item = document.querySelector(`[data-note-id="${CSS.escape(id)}"]`);
    if (!(item instanceof HTMLElement)) return;
    item.scrollIntoView({ block: 'center' });
    item.focus({ preventScroll: true });
  }, []);
  const onDelete = useCallback(
    (highlight: HighlightRecord) => {
      deleteHighlight(db, highlight.id)
        .then((gone) => setDeleted(gone))
        .catch(onError);
    },
    [db, onError],
  );
  const onUndo = useCallback(() => {
    if (!deleted) return;
    restoreHighlight(db, deleted)
      .then(() => setDeleted(null))
      .catch(onError);
  }, [db, deleted, onError]);

  return (
    <>
      <SelectionToolbar getBody={getBody} map={map} color={color} onHighlight={onHighlight} />
      {panelOpen && (
        <AnnotationsPanel
          placed={placed}
          orphans={shown.orphans}
          notes={notes}
          selectedId={selectedId}
          editingId={editingId}
          onEditingChange={setEditingId}
          onShowHighlight={showHighlight}
          onShowNote={showNote}
          onColor={(id, chosen) => {
            setColor(chosen);
            updateHighlight(db, id, { color: chosen }).catch(onError);
          }}
          onNote={(id, note) => updateHighlight(db, id, { note })}
          onDelete={onDelete}
          onError={onError}
          deleted={deleted}
          onUndo={onUndo}
          onClose={() => onPanelOpenChange(false)}
        />
      )}
    </>
  );
}
