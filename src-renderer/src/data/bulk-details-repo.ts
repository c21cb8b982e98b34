/**
 * Edit details… for a selection: one transaction sets the authors, source and language on every selected article
 * (each changed detail marked as the person's, the file's value kept aside) and adds and removes tags, tags typed
 * taking the library's spelling when it has them. Through the articles table, so the change feed, search, filters
 * and Related follow. Returns what each changed article was before, for Undo (restoreArticleDetails).
 */
import { bulkUpdateOf, type BulkChange } from '../../../src-shared/article/bulk-details';
import { detailsBefore, type DetailsBefore } from '../../../src-shared/article/details-undo';
import type { ArticleRecord, OffprintDatabase } from './database';
import { tagName } from './tags-repo';

export async function saveBulkDetails(
  db: OffprintDatabase,
  articleIds: readonly string[],
  change: BulkChange,
  now: Date = new Date(),
): Promise<DetailsBefore[]> {
  return db.transaction('rw', db.articles, async () => {
    const addTags: string[] = [];
    for (const typed of change.addTags) addTags.push(await tagName(db, typed));
    const articles = (await db.articles.bulkGet([...articleIds])).filter((a): a is ArticleRecord => a !== undefined);
    const before: DetailsBefore[] = [];
    for (const article of articles) {
      const update = bulkUpdateOf(article, change, addTags, now);
      if (!update) continue;
      before.push(detailsBefore(article, true));
      await db.articles.update(article.id, update);
    }
    return before;
  });
}
