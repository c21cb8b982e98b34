/**
 * The native context menu (src-main/app/context-menu.ts) and the renderer: what the page tells main about a
 * right-click (a channel, validated like every other), and the commands main sends back for the renderer to
 * carry out on the current selection (an event).
 */
import type { HighlightColor } from './library';

/**
 * Sent by the reader on each DOM `contextmenu` event: where it happened (the event's client coordinates, rounded)
 * and whether the selection then held some of the open article's text. Main cannot see the DOM; it matches the
 * report to its own `context-menu` event by these coordinates and offers highlight items only when they agree.
 */
export interface ContextMenuTarget {
  x: number;
  y: number;
  articleSelection: boolean;
}

/** What a context menu item asks the renderer to do. */
export type ContextMenuCommand =
  /** Highlight the current selection of the article in this colour. */
  | { kind: 'highlight'; color: HighlightColor }
  /** Highlight it in the last colour used and open its note. */
  | { kind: 'highlight-with-note' }
  /** Search the library for this text (the selection, as main saw it): the library's search box, filled. */
  | { kind: 'search-library'; text: string };
