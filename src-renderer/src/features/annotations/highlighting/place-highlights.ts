/**
 * Where each stored highlight goes in the text shown now: anchored by its selectors (position checked against the
 * quote, else the quote with its context, else a bounded fuzzy match), or an orphan that keeps its quote. Pure.
 */
import { anchor } from '../../../../../src-shared/anchoring';
import { highlightSelectors } from '../../../../../src-shared/anchoring/highlight-record';
import type { HighlightRecord } from '../../../data/database';

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

export function placeHighlights(text: string, highlights: readonly HighlightRecord[]): Placement {
  const placed: PlacedHighlight[] = [];
  const orphans: HighlightRecord[] = [];
  for (const highlight of highlights) {
    const { quote, position } = highlightSelectors(highlight);
    const result = quote ? anchor(text, position ? { quote, position } : { quote }) : null;
    if (result && result.status !== 'orphan') placed.push({ highlight, start: result.start, end: result.end, how: result.status });
    else orphans.push(highlight);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  orphans.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { placed, orphans };
}
