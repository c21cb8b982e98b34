/**
 * What the annotation exports are built from: an article's metadata with its notes and highlights, and the
 * selectors of a highlight read from its stored (untyped) selector list.
 */
import type { ArticleRecord, HighlightRecord, NoteRecord } from '../../db/database';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';

export interface AnnotatedArticle {
  article: ArticleRecord;
  notes: readonly NoteRecord[];
  highlights: readonly HighlightRecord[];
}

export interface HighlightSelectors {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The TextQuoteSelector and TextPositionSelector of a highlight, each null when absent or malformed. */
export function highlightSelectors(highlight: Pick<HighlightRecord, 'selectors'>): HighlightSelectors {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of Array.isArray(highlight.selectors) ? highlight.selectors : []) {
    if (!isRecord(s)) continue;
    if (!quote && s['type'] === 'TextQuoteSelector' && typeof s['exact'] === 'string') {
      const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : '');
      quote = { type: 'TextQuoteSelector', exact: s['exact'], prefix: text('prefix'), suffix: text('suffix') };
    }
    if (!position && s['type'] === 'TextPositionSelector' && Number.isInteger(s['start']) && Number.isInteger(s['end'])) {
      position = { type: 'TextPositionSelector', start: s['start'] as number, end: s['end'] as number };
    }
  }
  return { quote, position };
}

/** The quoted text of a highlight ('' when it has no quote). */
export function highlightQuote(highlight: Pick<HighlightRecord, 'selectors'>): string {
  return highlightSelectors(highlight).quote?.exact ?? '';
}

/**
 * Highlights in document order: by the TextPositionSelector's start (then end), those without a position last,
 * each group by creation time.
 */
export function inDocumentOrder<H extends Pick<HighlightRecord, 'selectors' | 'createdAt'>>(highlights: readonly H[]): H[] {
  const keyed = highlights.map((h) => ({ h, position: highlightSelectors(h).position }));
  keyed.sort((a, b) => {
    if (a.position && b.position) {
      return a.position.start - b.position.start || a.position.end - b.position.end || compare(a.h.createdAt, b.h.createdAt);
    }
    if (a.position || b.position) return a.position ? -1 : 1;
    return compare(a.h.createdAt, b.h.createdAt);
  });
  return keyed.map((k) => k.h);
}

/** Notes oldest first. */
export function notesInOrder<N extends Pick<NoteRecord, 'createdAt'>>(notes: readonly N[]): N[] {
  return [...notes].sort((a, b) => compare(a.createdAt, b.createdAt));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
