/**
 * A migration's folders become collections: an imported article goes on the library's collection of that name
 * (case aside) or on a new one, keeps the shelves it was on, and a link-only entry meeting the article's text in
 * the same import (a Hypothesis export beside the page it annotates) adds its highlights instead of being dropped as
 * a duplicate.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCollection } from '../../../../src-renderer/src/data/collections-repo';
import { listHighlights } from '../../../../src-renderer/src/data/highlights-repo';
import { storeImportBatch, type StoredThisImport } from '../../../../src-renderer/src/data/import-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const linkOnly = (url: string, extra: Parameters<typeof parsedArticle>[0] = {}) =>
  parsedArticle({ url, linkOnly: true, contentHash: `link-${url}`, ...extra }, { body: { format: 'text', content: '' }, text: '' });

describe('collections named by an import', () => {
  it('puts articles on the collection of that name, making the ones the library does not have, once each', async () => {
    const db = freshDb();
    const reading = await createCollection(db, 'Reading');
    const report = await storeImportBatch(
      db,
      batchOf(
        linkOnly('https://a.example.org/', { collectionNames: ['reading', 'Reading / Longform'] }),
        linkOnly('https://b.example.org/', { collectionNames: ['Reading / Longform'] }),
        linkOnly('https://c.example.org/'),
      ),
      sanitize,
    );
    const collections = await db.collections.toArray();
    expect(collections.map((c) => c.name).sort()).toEqual(['Reading', 'Reading / Longform']);
    const longform = collections.find((c) => c.name === 'Reading / Longform')!;
    const [a, b, c] = await Promise.all(report.articleIds.map((id) => db.articles.get(id)));
    expect(a?.collections).toEqual([reading.id, longform.id]);
    expect(b?.collections).toEqual([longform.id]);
    expect(c?.collections).toBeUndefined();
  });

  it('keeps the shelves an article is on when it is imported again, adding the named ones', async () => {
    const db = freshDb();
    const mine = await createCollection(db, 'Mine');
    const first = await storeImportBatch(db, batchOf(linkOnly('https://a.example.org/')), sanitize);
    await db.articles.update(first.articleIds[0]!, { collections: [mine.id] });
    await storeImportBatch(db, batchOf(linkOnly('https://a.example.org/', { collectionNames: ['Travel'] })), sanitize);
    const travel = (await db.collections.toArray()).find((c) => c.name === 'Travel')!;
    expect((await db.articles.get(first.articleIds[0]!))?.collections).toEqual([mine.id, travel.id]);
  });

  it('adds a link-only entry’s highlights and shelves to the article of its address stored earlier in the same import', async () => {
    const db = freshDb();
    const thisImport: StoredThisImport = new Map();
    const page = parsedArticle({ url: 'https://quay.example.org/tide-tables', title: 'Reading the Tide Tables' });
    const [pageId] = (await storeImportBatch(db, batchOf({ ...page, importedFrom: 'tide-tables.html' }), sanitize, new Date(), 'update', thisImport)).articleIds;
    const highlight = { id: 'migrated-h1', color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: 'second paragraph', prefix: '', suffix: '' }], note: 'n', createdAt: '2024-05-20T08:15:00.000Z' };
    const entry = { ...linkOnly(page.meta.url!, { collectionNames: ['Tides'] }), annotations: { notes: [], highlights: [highlight] }, importedFrom: 'hypothesis.json' };
    const report = await storeImportBatch(db, batchOf(entry), sanitize, new Date(), 'update', thisImport);
    // New to the library in this import: no duplicate, and no update of an article the library had.
    expect(report).toMatchObject({ duplicates: [], updates: [], added: 0, updated: 0, articleIds: [pageId] });
    const stored = await db.articles.get(pageId!);
    expect(stored?.linkOnly).toBeUndefined();
    expect(stored?.wordCount).toBeGreaterThan(0);
    expect(stored?.collections).toHaveLength(1);
    expect((await listHighlights(db, pageId!)).map((h) => h.note)).toEqual(['n']);
  });

  it('joins two link-only entries of one address in one import: both’s tags, shelves and highlights', async () => {
    const db = freshDb();
    const thisImport: StoredThisImport = new Map();
    const url = 'https://longreads.example.org/harbour-pilots';
    const bookmark = { ...linkOnly(url, { tags: ['night'], collectionNames: ['Reading'] }), importedFrom: 'bookmarks.html' };
    const [id] = (await storeImportBatch(db, batchOf(bookmark), sanitize, new Date(), 'update', thisImport)).articleIds;
    const highlight = { id: 'migrated-h2', color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: 'a ladder', prefix: '', suffix: '' }], note: null, createdAt: '2024-04-05T10:11:12.000Z' };
    const raindrop = { ...linkOnly(url, { tags: ['harbours'], collectionNames: ['Reading / Longform'], favouritedAt: '2024-04-05T10:11:12.000Z' }), annotations: { notes: [], highlights: [highlight] }, importedFrom: 'raindrop.csv' };
    const report = await storeImportBatch(db, batchOf(raindrop), sanitize, new Date(), 'update', thisImport);
    expect(report).toMatchObject({ duplicates: [], updates: [], added: 0, updated: 0, articleIds: [id] });
    const stored = await db.articles.get(id!);
    expect(stored?.tags).toEqual(['night', 'harbours']);
    expect(stored?.collections).toHaveLength(2);
    expect(stored?.favouritedAt).toBe('2024-04-05T10:11:12.000Z');
    expect(await listHighlights(db, id!)).toHaveLength(1);
  });
});
