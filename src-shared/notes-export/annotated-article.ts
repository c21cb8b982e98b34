/**
 * What the annotation exports are built from: an article's metadata with its notes and highlights, and the
 * selectors of a highlight read from its stored (untyped) selector list.
 */
import type { ArticleRecord, HighlightRecord, NoteRecord } from '../contract/library';
import { highlightSelectors } from '../anchoring/highlight-record';

export interface AnnotatedArticle {
  article: ArticleRecord;
  notes: readonly NoteRecord[];
  highlights: readonly HighlightRecord[];
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
