/**
 * Link-only entries (Pocket's export: no text) in the library: stored with their mark and an empty body; searched by
 * their address and tags; never replacing an article that has its text, and replaced by one that has it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../../src-shared/contract';
import { getArticle, getBody } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { toEntry } from '../../../../src-renderer/src/data/library-entry';
import { linkOnlyText, loadDocuments } from '../../../../src-renderer/src/data/search/library-documents';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const URL = 'https://read.example.org/essays/slow-reading';
const orphan = { id: 'pocket-h1', color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: 'the margin answers back', prefix: '', suffix: '' }], note: null, createdAt: '2024-04-03T09:12:00.000Z' };

function linkOnly(): ParsedArticle {
  return parsedArticle(
    { title: 'The Slow Reading Movement', url: URL, tags: ['slow web'], wordCount: 0, contentHash: 'link-hash', language: null, archivedAt: '2024-04-02T07:15:31.000Z', linkOnly: true },
    { body: { format: 'text', content: '' }, text: '', annotations: { notes: [], highlights: [orphan] } },
  );
}

describe('link-only entries', () => {
  it('are stored marked, with an empty body, their state and their waiting highlights; the list knows them', async () => {
    const db = freshDb();
    const { added, articleIds } = await storeImportBatch(db, batchOf(linkOnly()), sanitize);
    expect(added).toBe(1);
    const id = articleIds[0]!;
    const article = await getArticle(db, id);
    expect(article).toMatchObject({ linkOnly: true, url: URL, archivedAt: '2024-04-02T07:15:31.000Z' });
    expect(await getBody(db, id)).toMatchObject({ content: '', text: '' });
    expect(toEntry(article!).linkOnly).toBe(true);
    expect((await db.highlights.get('pocket-h1'))?.articleId).toBe(id);
  });

  it('are searched by the words of their address and their tags', async () => {
    const db = freshDb();
    const { articleIds } = await storeImportBatch(db, batchOf(linkOnly()), sanitize);
    const [doc] = await loadDocuments(db, articleIds);
    expect(doc?.title).toBe('The Slow Reading Movement');
    expect(doc?.body).toBe('https read example org essays slow reading\nslow web');
    expect(linkOnlyText({ url: null, tags: ['a'] })).toBe('\na');
  });

  it('never replace the text of an article already there: they add their tags and highlights', async () => {
    const db = freshDb();
    const full = parsedArticle({ title: 'Slow Reading', url: URL, tags: ['essays'] });
    const { articleIds } = await storeImportBatch(db, batchOf(full), sanitize);
    const again = await storeImportBatch(db, batchOf(linkOnly()), sanitize);
    expect(again).toMatchObject({ added: 0, updated: 1, articleIds });
    const article = await getArticle(db, articleIds[0]!);
    expect(article).toMatchObject({ title: 'Slow Reading', tags: ['essays', 'slow web'], archivedAt: '2024-04-02T07:15:31.000Z' });
    expect(article?.linkOnly).toBeUndefined();
    expect((await getBody(db, articleIds[0]!))?.text).toContain('The text of Slow Reading');
    expect(await db.highlights.where('articleId').equals(articleIds[0]!).count()).toBe(1);
  });

  it('are replaced by the article with its text when it comes, keeping their id, tags, state and highlights', async () => {
    const db = freshDb();
    const { articleIds } = await storeImportBatch(db, batchOf(linkOnly()), sanitize);
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Slow Reading', url: URL, tags: ['essays'] })), sanitize);
    const article = await getArticle(db, articleIds[0]!);
    expect(article).toMatchObject({ title: 'Slow Reading', tags: ['essays', 'slow web'], archivedAt: '2024-04-02T07:15:31.000Z' });
    expect(article?.linkOnly).toBeUndefined();
    expect((await getBody(db, articleIds[0]!))?.text).toContain('The text of Slow Reading');
    expect(await db.highlights.where('articleId').equals(articleIds[0]!).count()).toBe(1);
  });

  it('without an address (a book of Readwise’s highlights) join the one article of their title and author, never another', async () => {
    const db = freshDb();
    const book = (title: string, author: string | null, id: string) =>
      parsedArticle(
        { title, author, url: null, wordCount: 0, contentHash: `link-${id}`, linkOnly: true },
        { body: { format: 'text', content: '' }, text: '', annotations: { notes: [], highlights: [{ ...orphan, id }] } },
      );
    const text = await storeImportBatch(db, batchOf(parsedArticle({ title: 'Deep Harbours', author: 'Ann Reader', url: 'https://harbours.example.org/' })), sanitize);
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Two Of These', author: null }), parsedArticle({ title: 'Two of these', author: null })), sanitize);

    const joined = await storeImportBatch(db, batchOf(book('deep harbours', 'Ann Reader', 'rw-1')), sanitize);
    expect(joined).toMatchObject({ added: 0, updated: 1, articleIds: text.articleIds });
    expect((await db.highlights.get('rw-1'))?.articleId).toBe(text.articleIds[0]);
    expect((await getArticle(db, text.articleIds[0]!))?.linkOnly).toBeFalsy();
    expect((await getBody(db, text.articleIds[0]!))?.content).toContain('The text of Deep Harbours.');

    // Another author, or two articles of that title: an entry of its own, its highlight waiting there.
    const otherAuthor = await storeImportBatch(db, batchOf(book('Deep Harbours', 'Someone Else', 'rw-2')), sanitize);
    const ambiguous = await storeImportBatch(db, batchOf(book('Two of These', null, 'rw-3')), sanitize);
    expect([otherAuthor.added, ambiguous.added]).toEqual([1, 1]);
    expect(await getArticle(db, otherAuthor.articleIds[0]!)).toMatchObject({ linkOnly: true, url: null, author: 'Someone Else' });
    expect((await db.highlights.get('rw-3'))?.articleId).toBe(ambiguous.articleIds[0]);
    expect(await db.articles.count()).toBe(5);
  });
});
