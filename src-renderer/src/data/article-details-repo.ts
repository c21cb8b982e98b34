/**
 * Saving Edit details…: the draft is checked (nothing is written while a field is wrong), then the changed fields
 * and the edit marks (when, which fields are the person's, the file's values) are written in one transaction. The
 * change feed sees the update, so the library, its filters and sorts, and search follow at once. What the article
 * was before comes back with the result, for Undo (restoreArticleDetails).
 */
import { changedDetails, checkDraft, marksAfterEdit, type DetailsDraft, type DetailsError } from '../../../src-shared/article/article-details';
import { detailsBefore, putDetailsBack, type DetailsBefore } from '../../../src-shared/article/details-undo';
import type { EditableDetail } from '../../../src-shared/contract/library';
import type { OffprintDatabase } from './database';

export type SaveDetailsResult =
  | { ok: true; changed: EditableDetail[]; before: DetailsBefore }
  | { ok: false; errors: Partial<Record<EditableDetail, DetailsError>> };

export async function saveArticleDetails(
  db: OffprintDatabase,
  articleId: string,
  draft: DetailsDraft,
  now: Date = new Date(),
): Promise<SaveDetailsResult> {
  const check = checkDraft(draft);
  if (!check.ok) return check;
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new Error('This article is no longer in the library.');
    const before = detailsBefore(article);
    const changes = changedDetails(article, check.details);
    const changed = Object.keys(changes) as EditableDetail[];
    if (changed.length === 0) return { ok: true, changed, before };
    await db.articles.update(articleId, { ...changes, ...marksAfterEdit(article, changes, now) });
    return { ok: true, changed, before };
  });
}

/**
 * Undo of a details edit, one article's or a selection's: each article gets back every detail, its edit marks and
 * (after a bulk edit) its tags as they were, in one transaction; articles deleted since are left out.
 */
export async function restoreArticleDetails(db: OffprintDatabase, before: readonly DetailsBefore[]): Promise<void> {
  const byId = new Map(before.map((b) => [b.id, b]));
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf([...byId.keys()])
      .modify((article) => {
        const was = byId.get(article.id);
        if (was) putDetailsBack(article, was);
      });
  });
}
