// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listArticles, listRecentArticles } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

describe('the newest articles for the library list', () => {
  it('reads only the newest, in list order, ties at the cut decided by title, with the library size', async () => {
    const db = freshDb();
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Old B' }), parsedArticle({ title: 'Old A' })), sanitize, new Date('2024-01-01'));
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'New D' }), parsedArticle({ title: 'New C' })), sanitize, new Date('2024-02-01'));
    const all = (await listArticles(db)).map((a) => a.title);
    expect(all).toEqual(['New C', 'New D', 'Old A', 'Old B']);
    for (const limit of [1, 2, 3, 4, 10]) {
      const page = await listRecentArticles(db, limit);
      expect(page.total).toBe(4);
      expect(page.articles.map((a) => a.title)).toEqual(all.slice(0, limit));
    }
  });
});
