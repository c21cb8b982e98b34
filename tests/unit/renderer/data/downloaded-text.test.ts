/**
 * The text downloaded for a link-only entry (Download article text) stored in that entry's place: its id, tags,
 * added date, reading state and highlights kept, its waiting highlights put on the right words, never another
 * article touched; the entry deleted meanwhile is a failure with its reason.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../../src-shared/contract';
import { getArticle, getBody } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { linkOnlyLinks } from '../../../../src-renderer/src/data/link-only-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const URL = 'https://read.example.org/essays/slow-reading';
const TEXT = 'Slow reading asks for time. When you write in it, the margin answers back. Later the margin answers back again.';

function quoteOnly(id: string, exact: string) {
  return { id, color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }], note: 'mine', createdAt: '2024-04-03T09:12:00.000Z' };
}

function linkOnly(): ParsedArticle {
  return parsedArticle(
    { title: 'The Slow Reading Movement', url: URL, tags: ['slow web'], wordCount: 0, contentHash: 'link-hash', language: null, archivedAt: '2024-04-02T07:15:31.000Z', addedAt: '2024-04-01T08:00:00.000Z', linkOnly: true },
    {
      body: { format: 'text', content: '' },
      text: '',
      annotations: { notes: [], highlights: [quoteOnly('once', 'When you write in it'), quoteOnly('twice', 'the margin answers back')] },
    },
  );
}

function downloaded(forId: string, url = URL): ParsedArticle {
  return {
    ...parsedArticle({ title: 'Slow Reading, a manifesto', url, tags: [], contentHash: 'text-hash' }, { body: { format: 'text', content: TEXT }, text: TEXT }),
    fillsLinkOnly: forId,
  };
}

describe('the text downloaded for a link-only entry', () => {
  it('takes the entry’s place: same id, tags, added date and state; the text and the page’s details', async () => {
    const db = freshDb();
    const [id] = (await storeImportBatch(db, batchOf(linkOnly()), sanitize)).articleIds;
    expect(await linkOnlyLinks(db, null)).toEqual([{ id, url: URL }]);
    const stored = await storeImportBatch(db, batchOf(downloaded(id!)), sanitize);
    expect(stored).toMatchObject({ added: 0, updated: 1, articleIds: [id], updates: [expect.objectContaining({ title: 'The Slow Reading Movement' })] });
    const article = await getArticle(db, id!);
    expect(article).toMatchObject({ title: 'Slow Reading, a manifesto', url: URL, tags: ['slow web'], addedAt: '2024-04-01T08:00:00.000Z', archivedAt: '2024-04-02T07:15:31.000Z' });
    expect(article?.linkOnly).toBeUndefined();
    expect((await getBody(db, id!))?.text).toBe(TEXT);
    expect(await linkOnlyLinks(db, null)).toEqual([]);
  });

  it('puts a waiting highlight on its words when they are there once, and leaves one that is there twice waiting', async () => {
    const db = freshDb();
    const [id] = (await storeImportBatch(db, batchOf(linkOnly()), sanitize)).articleIds;
    await storeImportBatch(db, batchOf(downloaded(id!)), sanitize);
    const once = await db.highlights.get('once');
    const start = TEXT.indexOf('When you write in it');
    expect(once?.selectors).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'When you write in it' }),
      { type: 'TextPositionSelector', start, end: start + 'When you write in it'.length },
    ]);
    expect(once?.note).toBe('mine');
    expect((await db.highlights.get('twice'))?.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'the margin answers back', prefix: '', suffix: '' }]);
  });

  it('goes only in its entry’s place, even when another article has the page’s address', async () => {
    const db = freshDb();
    const [other] = (await storeImportBatch(db, batchOf(parsedArticle({ title: 'Another copy', url: 'https://elsewhere.example/x' })), sanitize)).articleIds;
    const [id] = (await storeImportBatch(db, batchOf(linkOnly()), sanitize)).articleIds;
    await storeImportBatch(db, batchOf(downloaded(id!, 'https://elsewhere.example/x')), sanitize);
    expect((await getArticle(db, other!))?.title).toBe('Another copy');
    expect((await getBody(db, id!))?.text).toBe(TEXT);
  });

  it('is a failure with its reason when the entry was deleted meanwhile', async () => {
    const db = freshDb();
    const stored = await storeImportBatch(db, batchOf({ ...downloaded('gone'), importedFrom: URL }), sanitize);
    expect(stored).toMatchObject({ added: 0, updated: 0, failed: 1, failures: [{ path: URL, code: 'downloadEntryGone' }] });
    expect(await db.articles.count()).toBe(0);
  });
});
