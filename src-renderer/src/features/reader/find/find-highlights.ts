/** Paints find's matches with the CSS Custom Highlight API (see reader.css), and scrolls one into view. */

export const FIND_HIGHLIGHT = 'offprint-find';
export const FIND_CURRENT_HIGHLIGHT = 'offprint-find-current';

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

export function paintMatches(ranges: readonly Range[], current: Range | null): void {
  const highlights = registry();
  if (!highlights) return;
  highlights.set(FIND_HIGHLIGHT, new Highlight(...ranges));
  const currentHighlight = current ? new Highlight(current) : new Highlight();
  currentHighlight.priority = 1;
  highlights.set(FIND_CURRENT_HIGHLIGHT, currentHighlight);
}

export function clearMatches(): void {
  const highlights = registry();
  highlights?.delete(FIND_HIGHLIGHT);
  highlights?.delete(FIND_CURRENT_HIGHLIGHT);
}

/**
 * Brings `range` to the middle of the window when it is not already well inside it, below the sticky reader bar
 * (`topInset` px) and above the bottom edge.
 */
export function scrollRangeIntoView(range: Range, topInset: number): void {
  const rect = range.getBoundingClientRect();
  const margin = 40;
  if (rect.top >= topInset + margin && rect.bottom <= window.innerHeight - margin) return;
  const middle = topInset + (window.innerHeight - topInset) / 2;
  window.scrollBy({ top: rect.top - middle, behavior: 'instant' });
}
