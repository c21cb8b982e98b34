/**
 * The article's part in the native context menu. Main cannot see the DOM, so on each right-click (the DOM's
 * `contextmenu`, which Chromium dispatches before it asks main for the menu) the reader tells main where it was
 * and whether the selection holds some of the article's text (`app:reportContextMenu`); main offers the highlight
 * items only then. Main's choice comes back as a `context-menu:command`, carried out on the selection as it is
 * now, exactly as the toolbar's buttons do: with no article text selected, nothing happens.
 */
import { useEffect } from 'react';
import type { ContextMenuCommand, HighlightColor } from '../../../../../src-shared/contract';
import { bridge } from '../../../data/bridge';
import { readBodySelection } from './selection';
import type { TextMap } from './text-map';

export function useContextMenu(
  getBody: () => Element | null,
  map: TextMap | null,
  color: HighlightColor,
  apply: (color: HighlightColor, withNote: boolean) => void,
): void {
  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      // A page that keeps the right-click for itself gets no native menu, so there is nothing to report.
      if (event.defaultPrevented) return;
      const target = { x: Math.round(event.clientX), y: Math.round(event.clientY), articleSelection: readBodySelection(getBody(), map) !== null };
      bridge()
        .app.reportContextMenu(target)
        .catch((error: unknown) => console.warn('Context menu:', error));
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, [getBody, map]);

  useEffect(() => {
    const onCommand = (command: ContextMenuCommand) => {
      if (command.kind === 'highlight') apply(command.color, false);
      else if (command.kind === 'highlight-with-note') apply(color, true);
    };
    return bridge().events.on('context-menu:command', onCommand);
  }, [apply, color]);
}
