/**
 * Where each stored highlight goes in the text shown now: anchored by its selectors (position checked against the
 * quote, else the quote with its context, else a bounded fuzzy match), or an orphan that keeps its quote. Pure.
 */
import { anchor, pickSelectors, type TextSelector } from '../anchoring';
import type { HighlightRecord } from '../../db/database';

export interface PlacedHighlight {
  highlight: HighlightRecord;
  start: number;
  end: number;
  /** How it was found: 'exact-position' when nothing moved. */
  how: 'exact-position' | 'quote' | 'fuzzy';
}

export interface Placement {
  /** In document order (by start, then end). */
  placed: PlacedHighlight[];
  /** Highlights that cannot be put on the text with certainty, oldest first. */
  orphans: HighlightRecord[];
}

function isSelector(value: unknown): value is TextSelector {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  if (s.type === 'TextQuoteSelector') return typeof s.exact === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string';
  if (s.type === 'TextPositionSelector') return Number.isInteger(s.start) && Number.isInteger(s.end);
  return false;
}

/** The highlight's quote (what it covered when it was made), or '' when it has none. */
export function quoteOf(highlight: HighlightRecord): string {
  const selectors = highlight.selectors.filter(isSelector);
  return pickSelectors(selectors)?.quote.exact ?? '';
}

export function placeHighlights(text: string, highlights: readonly HighlightRecord[]): Placement {
  const placed: PlacedHighlight[] = [];
  const orphans: HighlightRecord[] = [];
  for (const highlight of highlights) {
    const selectors = pickSelectors(highlight.selectors.filter(isSelector));
    const result = selectors ? anchor(text, selectors) : null;
    if (result && result.status !== 'orphan') placed.push({ highlight, start: result.start, end: result.end, how: result.status });
    else orphans.push(highlight);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  orphans.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { placed, orphans };
}
