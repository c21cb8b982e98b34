/**
 * Highlights are painted with the CSS Custom Highlight API: one named highlight per colour holding live DOM
 * ranges. The article's DOM (owned by React or set from sanitized HTML) is never changed, and the ranges follow
 * their words through every reflow: zoom, theme, column width, window size.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../data/database';

export const CURRENT_HIGHLIGHT = 'offprint-hl-current';

export function highlightName(color: HighlightColor): string {
  return `offprint-hl-${color}`;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function registry(): { highlights: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !HighlightClass) return null; // jsdom, or a browser without the API
  return { highlights: css.highlights, make: (ranges) => new HighlightClass(...ranges) };
}

/** Shows these ranges in their colours, replacing what was painted before. */
export function paintHighlights(byColor: ReadonlyMap<HighlightColor, Range[]>): void {
  const api = registry();
  if (!api) return;
  for (const color of HIGHLIGHT_COLORS) {
    const ranges = byColor.get(color) ?? [];
    if (ranges.length === 0) api.highlights.delete(highlightName(color));
    else api.highlights.set(highlightName(color), api.make(ranges));
  }
}

/** Marks the highlight being looked at (from the panel), or none. */
export function paintCurrent(range: Range | null): void {
  const api = registry();
  if (!api) return;
  if (range) api.highlights.set(CURRENT_HIGHLIGHT, api.make([range]));
  else api.highlights.delete(CURRENT_HIGHLIGHT);
}

export function clearHighlights(): void {
  paintHighlights(new Map());
  paintCurrent(null);
}
