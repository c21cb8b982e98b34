/**
 * Notes and highlights that arrive with an article (an Offprint bundle) are merged into the library by id: one
 * already there is kept, or replaced by the arriving one when that one is as new or newer; nothing is doubled.
 * An id that belongs to another article's note is left alone (an id never moves a note between articles).
 * Runs inside the caller's transaction.
 */
import type { ArticleAnnotations, ArticleHighlight, ArticleNote } from '../../../src-shared/contract';
import type { HighlightRecord, NoteRecord, OffprintDatabase } from './database';

function isNote(note: ArticleNote): boolean {
  return typeof note?.id === 'string' && note.id !== '' && typeof note.body === 'string' && note.body.trim() !== '';
}

function isHighlight(highlight: ArticleHighlight): boolean {
  return typeof highlight?.id === 'string' && highlight.id !== '' && Array.isArray(highlight.selectors);
}

export interface MergeOptions {
  /**
   * A highlight already there is kept when it changed after the arriving one was made (a restore's Merge; an
   * import replaces it). Bundles carry a highlight's creation date only.
   */
  keepNewerHighlights?: boolean;
}

function highlightAge(highlight: { createdAt: string; updatedAt?: string }): string {
  return highlight.updatedAt ?? highlight.createdAt;
}

export async function mergeAnnotations(
  db: OffprintDatabase,
  articleId: string,
  annotations: ArticleAnnotations,
  options: MergeOptions = {},
): Promise<void> {
  const notes = (annotations.notes ?? []).filter(isNote);
  if (notes.length > 0) {
    const existing = await db.notes.bulkGet(notes.map((note) => note.id));
    const merged: NoteRecord[] = [];
    notes.forEach((note, index) => {
      const old = existing[index];
      if (old && (old.articleId !== articleId || old.updatedAt > note.updatedAt)) return;
      merged.push({ id: note.id, articleId, body: note.body, createdAt: note.createdAt, updatedAt: note.updatedAt });
    });
    await db.notes.bulkPut(merged);
  }
  const highlights = (annotations.highlights ?? []).filter(isHighlight);
  if (highlights.length > 0) {
    const existing = await db.highlights.bulkGet(highlights.map((highlight) => highlight.id));
    const merged: HighlightRecord[] = [];
    highlights.forEach((highlight, index) => {
      const old = existing[index];
      if (old && old.articleId !== articleId) return;
      if (old && options.keepNewerHighlights && highlightAge(old) >= highlightAge(highlight)) return;
      const { id, color, selectors, note, createdAt } = highlight;
      merged.push({ id, articleId, color, selectors, note: note ?? null, createdAt });
    });
    await db.highlights.bulkPut(merged);
  }
}
