// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { articleNeighbours } from '../../../../src-renderer/src/data/article-neighbours';
import { listArticles } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

describe('next and previous article', () => {
  it('follows the library list: newest added first, then by title, across moments of import', async () => {
    const db = freshDb();
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Old B' }), parsedArticle({ title: 'Old A' })), sanitize, new Date('2024-01-01'));
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Mid' })), sanitize, new Date('2024-01-15'));
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'New D' }), parsedArticle({ title: 'New C' })), sanitize, new Date('2024-02-01'));
    const list = await listArticles(db);
    expect(list.map((a) => a.title)).toEqual(['New C', 'New D', 'Mid', 'Old A', 'Old B']);
    for (const [i, article] of list.entries()) {
      const { previous, next } = await articleNeighbours(db, article.id);
      expect(previous?.title ?? null).toBe(list[i - 1]?.title ?? null);
      expect(next?.title ?? null).toBe(list[i + 1]?.title ?? null);
    }
  });

  it('has no neighbours for an article that is gone', async () => {
    expect(await articleNeighbours(freshDb(), 'missing')).toEqual({ previous: null, next: null });
  });
});
