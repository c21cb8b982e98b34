/** The reader's text selection inside the article body, as text offsets and a box to put the toolbar by. DOM. */
import type { TextMap } from './text-map';

export interface BodySelection {
  start: number;
  end: number;
  /** The selection's box in viewport coordinates. */
  box: DOMRect;
}

/** The current selection if it holds some of the body's text, else null. */
export function readBodySelection(root: Element | null, map: TextMap | null): BodySelection | null {
  const selection = root?.ownerDocument.getSelection();
  if (!root || !map || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const offsets = map.fromRange(range);
  if (!offsets) return null;
  const clipped = map.toRange(offsets.start, offsets.end);
  const box = (clipped ?? range).getBoundingClientRect();
  return { ...offsets, box };
}

/** Where the toolbar goes: centred above the selection, or below it when there is no room above. */
export function toolbarPosition(
  box: DOMRect,
  size: { width: number; height: number },
  viewport: { width: number; top: number },
): { left: number; top: number } {
  const gap = 8;
  const above = box.top - size.height - gap;
  const top = above >= viewport.top ? above : box.bottom + gap;
  const centred = box.left + box.width / 2 - size.width / 2;
  const left = Math.min(Math.max(gap, centred), Math.max(gap, viewport.width - size.width - gap));
  return { left, top };
}

/** Scrolls the window so the range sits a third of the way down the reading area. */
export function scrollRangeIntoView(range: Range, readingTop: number): void {
  const box = range.getBoundingClientRect();
  const view = range.startContainer.ownerDocument?.defaultView;
  if (!view) return;
  const room = view.innerHeight - readingTop;
  view.scrollTo({ top: view.scrollY + box.top - readingTop - room / 3, behavior: 'instant' });
}
