/**
 * A small toolbar by the selected text of the article: Highlight (in the last colour used), one button per
 * colour, and Highlight with note. The H key and the native context menu highlight the selection too. Pressing
 * a button never takes the selection away (mousedown is held back), so the toolbar works like a menu of the
 * selection.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../data/database';
import { readingTop } from '../../../ui/text-anchor';
import { highlightInKey } from './colors';
import { readBodySelection, toolbarPosition, type BodySelection } from './selection';
import type { TextMap } from './text-map';
import { useContextMenu } from './use-context-menu';

interface Props {
  getBody: () => Element | null;
  map: TextMap | null;
  color: HighlightColor;
  onHighlight: (range: { start: number; end: number }, color: HighlightColor, withNote: boolean) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function SelectionToolbar({ getBody, map, color, onHighlight }: Props) {
  const { t } = useTranslation('annotations');
  const [selection, setSelection] = useState<BodySelection | null>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);

  const read = useCallback(() => setSelection(readBodySelection(getBody(), map)), [getBody, map]);
  useEffect(() => {
    document.addEventListener('selectionchange', read);
    window.addEventListener('scroll', read, { passive: true });
    window.addEventListener('resize', read);
    return () => {
      document.removeEventListener('selectionchange', read);
      window.removeEventListener('scroll', read);
      window.removeEventListener('resize', read);
    };
  }, [read]);

  const apply = useCallback(
    (chosen: HighlightColor, withNote: boolean) => {
      const current = readBodySelection(getBody(), map);
      if (!current) return;
      document.getSelection()?.removeAllRanges();
      onHighlight({ start: current.start, end: current.end }, chosen, withNote);
    },
    [getBody, map, onHighlight],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || !readBodySelection(getBody(), map)) return;
      event.preventDefault();
      apply(color, event.shiftKey);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [apply, color, getBody, map]);

  // The same actions from the native context menu (Highlight in a colour, Highlight with Note).
  useContextMenu(getBody, map, color, apply);

  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!selection || !toolbar) {
      setPlace(null);
      return;
    }
    const size = { width: toolbar.offsetWidth, height: toolbar.offsetHeight };
    setPlace(toolbarPosition(selection.box, size, { width: window.innerWidth, top: readingTop() }));
  }, [selection]);

  if (!selection) return null;
  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('selectedText')}
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" className="primary-button" onClick={() => apply(color, false)} title={t('highlightTitle')}>
        <span className="swatch" data-color={color} aria-hidden="true" />
        {t('highlight')}
      </button>
      {HIGHLIGHT_COLORS.map((choice) => (
        <button
          key={choice}
          type="button"
          className="swatch-button"
          aria-label={t(highlightInKey(choice))}
          title={t(highlightInKey(choice))}
          onClick={() => apply(choice, false)}
        >
          <span className="swatch" data-color={choice} aria-hidden="true" />
        </button>
      ))}
      <button type="button" onClick={() => apply(color, true)} title={t('highlightWithNoteTitle')}>
        {t('highlightWithNote')}
      </button>
    </div>
  );
}
