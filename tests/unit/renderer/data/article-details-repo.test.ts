// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../../src-shared/article/article-details';
import { restoreArticleDetails, saveArticleDetails } from '../../../../src-renderer/src/data/article-details-repo';
import { getArticle } from '../../../../src-renderer/src/data/articles-repo';
import { watchLibrary } from '../../../../src-renderer/src/data/change-feed';
import type { ArticleRecord } from '../../../../src-renderer/src/data/database';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const EDITED = new Date('2026-03-01T12:00:00Z');

const imported = () =>
  parsedArticle({
    title: 'Jekyll 3.0.5 Released | Jekyll • Simple, blog-aware, static sites',
    author: 'Written by Parker Moore',
    source: 'http://jekyllrb.com',
    url: 'https://jekyllrb.com/news/2016/04/19/jekyll-3-0-5-released/',
    publishedAt: '2016-04-19T10:00:00Z',
    language: 'en',
    contentHash: 'jekyll-305',
  });

async function importedArticle() {
  const db = freshDb();
  const { articleIds } = await storeImportBatch(db, batchOf(imported()), sanitize);
  const article = (await getArticle(db, articleIds[0]!))!;
  return { db, article };
}

function draftFor(article: ArticleRecord, change: Partial<ReturnType<typeof draftOf>>) {
  return { ...draftOf(article), ...change };
}

describe('saveArticleDetails', () => {
  it('writes the corrected details and marks them as the person’s, the file’s values kept aside', async () => {
    const { db, article } = await importedArticle();
    const result = await saveArticleDetails(
      db,
      article.id,
      draftFor(article, { title: 'Jekyll 3.0.5 Released', author: 'Parker Moore; Jordon Bedwell', source: 'Jekyll', language: 'en-US' }),
      EDITED,
    );
    expect(result).toMatchObject({ ok: true, changed: ['title', 'author', 'source', 'language'] });
    expect(await getArticle(db, article.id)).toMatchObject({
      title: 'Jekyll 3.0.5 Released',
      author: 'Parker Moore, Jordon Bedwell',
      source: 'Jekyll',
      language: 'en-US',
      // The date was not touched: it keeps its time of day.
      publishedAt: '2016-04-19T10:00:00Z',
      editedAt: EDITED.toISOString(),
      editedFields: ['title', 'author', 'source', 'language'],
      fromFile: { title: article.title, author: 'Written by Parker Moore', source: 'http://jekyllrb.com', language: 'en' },
    });
  });

  it('stores nothing when a field is wrong, and says which', async () => {
    const { db, article } = await importedArticle();
    const result = await saveArticleDetails(db, article.id, draftFor(article, { title: 'Fine', url: 'javascript:alert(1)' }), EDITED);
    expect(result).toEqual({ ok: false, errors: { url: 'urlNotWeb' } });
    expect(await getArticle(db, article.id)).toEqual(article);
  });

  it('tells the library once the edit is stored, so search and the list follow', async () => {
    const { db, article } = await importedArticle();
    const seen: string[][] = [];
    const stop = watchLibrary(db, (ids) => seen.push([...ids]));
    await saveArticleDetails(db, article.id, draftFor(article, { title: 'Jekyll 3.0.5 Released' }), EDITED);
    stop();
    expect(seen).toEqual([[article.id]]);
  });

  it('fails clearly for an article no longer in the library', async () => {
    const { db, article } = await importedArticle();
    await db.articles.delete(article.id);
    await expect(saveArticleDetails(db, article.id, draftOf(article))).rejects.toThrow('no longer in the library');
  });
});

describe('Undo of Edit details', () => {
  it('puts back every detail and the edit marks as they were, a first edit leaving no marks at all', async () => {
    const { db, article } = await importedArticle();
    const result = await saveArticleDetails(db, article.id, draftFor(article, { title: 'Jekyll 3.0.5 Released', language: '' }), EDITED);
    if (!result.ok) throw new Error('not saved');
    expect(await getArticle(db, article.id)).toMatchObject({ title: 'Jekyll 3.0.5 Released', language: null, editedFields: ['title', 'language'] });

    await restoreArticleDetails(db, [result.before]);
    // The very record it was: no editedAt, editedFields or fromFile left behind.
    expect(await getArticle(db, article.id)).toEqual(article);
  });

  it('after a second edit, goes back to the first one: its values, its fields and what the file said', async () => {
    const { db, article } = await importedArticle();
    const first = new Date('2026-02-01T08:00:00Z');
    await saveArticleDetails(db, article.id, draftFor(article, { author: 'Parker Moore' }), first);
    const afterFirst = (await getArticle(db, article.id))!;
    const second = await saveArticleDetails(db, article.id, draftFor(afterFirst, { author: 'Written by Parker Moore', source: 'Jekyll' }), EDITED);
    if (!second.ok) throw new Error('not saved');
    // Set back to the file's value, the author is the file's again; the source is the person's.
    expect(await getArticle(db, article.id)).toMatchObject({ author: 'Written by Parker Moore', editedFields: ['source'] });

    await restoreArticleDetails(db, [second.before]);
    expect(await getArticle(db, article.id)).toEqual(afterFirst);
    expect(afterFirst).toMatchObject({ author: 'Parker Moore', editedAt: first.toISOString(), editedFields: ['author'], fromFile: { author: 'Written by Parker Moore' } });
  });

  it('keeps what changed since on the article (its tags, a favourite) and tells the library', async () => {
    const { db, article } = await importedArticle();
    const result = await saveArticleDetails(db, article.id, draftFor(article, { title: 'Jekyll 3.0.5 Released' }), EDITED);
    if (!result.ok) throw new Error('not saved');
    await db.articles.update(article.id, { tags: ['release'], favouritedAt: '2026-03-02T00:00:00.000Z' });
    const seen: string[][] = [];
    const stop = watchLibrary(db, (ids) => seen.push([...ids]));
    await restoreArticleDetails(db, [result.before]);
    stop();
    expect(seen).toEqual([[article.id]]);
    expect(await getArticle(db, article.id)).toEqual({ ...article, tags: ['release'], favouritedAt: '2026-03-02T00:00:00.000Z' });
  });

  it('leaves out an article deleted since', async () => {
    const { db, article } = await importedArticle();
    const result = await saveArticleDetails(db, article.id, draftFor(article, { title: 'Jekyll 3.0.5 Released' }), EDITED);
    if (!result.ok) throw new Error('not saved');
    await db.articles.delete(article.id);
    await restoreArticleDetails(db, [result.before]);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('importing an edited article again', () => {
  it('keeps the person’s corrections and takes the rest from the file, with the file’s new values aside', async () => {
    const { db, article } = await importedArticle();
    await saveArticleDetails(db, article.id, draftFor(article, { title: 'Jekyll 3.0.5 Released', author: 'Parker Moore' }), EDITED);

    const again = imported();
    again.meta.source = 'Jekyll blog';
    again.meta.title = 'Jekyll 3.0.5 Released | Jekyll';
    const report = await storeImportBatch(db, batchOf(again), sanitize);

    expect(report).toMatchObject({ added: 0, updated: 1, articleIds: [article.id] });
    expect(await getArticle(db, article.id)).toMatchObject({
      title: 'Jekyll 3.0.5 Released',
      author: 'Parker Moore',
      source: 'Jekyll blog',
      editedAt: EDITED.toISOString(),
      editedFields: ['title', 'author'],
      fromFile: { title: 'Jekyll 3.0.5 Released | Jekyll', author: 'Written by Parker Moore' },
    });
  });

  it('finds the article by its text when the person corrected its URL, and keeps the corrected URL', async () => {
    const { db, article } = await importedArticle();
    await saveArticleDetails(db, article.id, draftFor(article, { url: 'https://jekyllrb.com/news/jekyll-3-0-5-released/' }), EDITED);
    const report = await storeImportBatch(db, batchOf(imported()), sanitize);
    expect(report).toMatchObject({ added: 0, updated: 1 });
    expect(await db.articles.count()).toBe(1);
    expect((await getArticle(db, article.id))!.url).toBe('https://jekyllrb.com/news/jekyll-3-0-5-released/');
  });
});
