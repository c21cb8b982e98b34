/**
 * Highlights: stored at once, each with its W3C selectors, colour and optional Markdown note. A deleted
 * highlight is handed back so that Undo can put it back exactly (same id and times).
 */
import { newId, type HighlightColor, type HighlightRecord, type OffprintDatabase } from './database';
import { isHighlightColor } from '../../../src-shared/anchoring/highlight-record';
import type { TextSelector } from '../../../src-shared/anchoring';

export async function listHighlights(db: OffprintDatabase, articleId: string): Promise<HighlightRecord[]> {
  return db.highlights.where('articleId').equals(articleId).toArray();
}

export interface NewHighlight {
  articleId: string;
  selectors: TextSelector[];
  color: HighlightColor;
  note?: string | null;
}

export async function addHighlight(db: OffprintDatabase, input: NewHighlight, now = new Date()): Promise<HighlightRecord> {
  if (!isHighlightColor(input.color)) throw new Error(`Unknown highlight colour: ${String(input.color)}`);
  if (!input.selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact !== '')) {
    throw new Error('A highlight needs the text it covers.');
  }
  const highlight: HighlightRecord = {
    id: newId(),
    articleId: input.articleId,
    color: input.color,
    selectors: input.selectors,
    note: cleanNote(input.note ?? null),
    createdAt: now.toISOString(),
  };
  await db.transaction('rw', db.articles, db.highlights, async () => {
    if (!(await db.articles.get(input.articleId))) throw new Error('This article is no longer in the library.');
    await db.highlights.add(highlight);
  });
  return highlight;
}

export async function updateHighlight(
  db: OffprintDatabase,
  id: string,
  change: { color?: HighlightColor; note?: string | null; selectors?: TextSelector[] },
  now = new Date(),
): Promise<void> {
  if (change.color !== undefined && !isHighlightColor(change.color)) throw new Error(`Unknown highlight colour: ${String(change.color)}`);
  const patch: Partial<HighlightRecord> = { updatedAt: now.toISOString() };
  if (change.color !== undefined) patch.color = change.color;
  if (change.note !== undefined) patch.note = cleanNote(change.note);
  if (change.selectors !== undefined) patch.selectors = change.selectors;
  const changed = await db.highlights.update(id, patch);
  if (changed === 0) throw new Error('This highlight no longer exists.');
}

/** Deletes a highlight and returns it, for Undo; null when it was already gone. */
export async function deleteHighlight(db: OffprintDatabase, id: string): Promise<HighlightRecord | null> {
  return db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(id);
    if (highlight) await db.highlights.delete(id);
    return highlight ?? null;
  });
}

/** Puts a deleted highlight back as it was (unless its article has gone meanwhile). */
export async function restoreHighlight(db: OffprintDatabase, highlight: HighlightRecord): Promise<void> {
  await db.transaction('rw', db.articles, db.highlights, async () => {
    if (!(await db.articles.get(highlight.articleId))) throw new Error('The article of this highlight is no longer in the library.');
    await db.highlights.put(highlight);
  });
}

function cleanNote(note: string | null): string | null {
  const text = note?.trim() ?? '';
  return text === '' ? null : text;
}
