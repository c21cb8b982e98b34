// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getArticle, getAssets, getBody, listArticles } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { addNote, listNotes } from '../../../../src-renderer/src/data/notes-repo';
import { batchOf, parsedArticle, peoplesDaily, pngBytes } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const T1 = new Date('2024-01-01T10:00:00Z');
const T2 = new Date('2024-02-01T10:00:00Z');

describe('storeImportBatch', () => {
  it('stores metadata, body and assets apart, and lists newest added first, then by title', async () => {
    const db = freshDb();
    const first = await storeImportBatch(db, batchOf(peoplesDaily()), sanitize, T1);
    const withImage = parsedArticle(
      { title: 'B pictures', tags: ['art', 'art', 'photos'] },
      { body: { format: 'markdown', content: '![x](asset:a.png)' }, assets: [{ name: 'a.png', mediaType: 'image/png', bytes: pngBytes() }] },
    );
    const second = await storeImportBatch(db, batchOf(withImage, parsedArticle({ title: 'A words' })), sanitize, T2);
    expect(first).toMatchObject({ added: 1, updated: 0, failed: 0 });
    expect(second).toMatchObject({ added: 2, updated: 0, failed: 0 });

    const list = await listArticles(db);
    expect(list.map((a) => a.title)).toEqual(['A words', 'B pictures', 'Contribution of Chinese Solution to Global Security Governance']);
    expect(list[2]).toMatchObject({ author: null, source: "People's Daily", publishedAt: '2017-09-28', submittedAt: '2017-10-23', addedAt: T1.toISOString() });
    expect(list[0]).not.toHaveProperty('content');
    expect(list[1]!.tags).toEqual(['art', 'photos']);

    const id = second.articleIds[0]!;
    expect(await getBody(db, id)).toEqual({ articleId: id, format: 'markdown', content: '![x](asset:a.png)', text: '![x](asset:a.png)' });
    const assets = await getAssets(db, id);
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({ id: `${id}/a.png`, articleId: id, name: 'a.png', mediaType: 'image/png' });
    expect(assets[0]!.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await assets[0]!.blob.arrayBuffer())).toEqual(pngBytes());
    expect((await db.articles.where('tags').equals('photos').toArray()).map((a) => a.id)).toEqual([id]);
  });

  it('sanitizes HTML bodies before storing them, keeping local images and moving remote ones aside', async () => {
    const db = freshDb();
    const html =
      '<p onclick="x()" style="color:red">Hi <a href="javascript:alert(1)">bad</a> <a href="https://example.org">ok</a></p>' +
      '<script>alert(1)</script><img src="asset:a.png" alt="local"><img src="https://tracker.example/p.gif" alt="remote">' +
      '<iframe src="https://example.org"></iframe><style>body{}</style><svg><circle/></svg>';
    const { articleIds } = await storeImportBatch(db, batchOf(parsedArticle({}, { body: { format: 'html', content: html } })), sanitize);
    const stored = (await getBody(db, articleIds[0]!))!.content;
    expect(stored).not.toMatch(/<script|onclick|style|iframe|href="javascript|svg/i);
    // The refused link is text, with the address it had as its tooltip (never as an href).
    expect(stored).toContain('<a title="javascript:alert(1)">bad</a>');
    expect(stored).toContain('<a href="https://example.org/">ok</a>');
    expect(stored).toContain('<img src="asset:a.png" alt="local">');
    expect(stored).toContain('<img alt="remote" data-offprint-remote-src="https://tracker.example/p.gif">');
  });

  it('updates an article seen before (same URL or same content hash) in place, keeping its id, date and notes', async () => {
    const db = freshDb();
    const original = parsedArticle({ title: 'Old title', url: 'https://example.org/a', contentHash: 'h1' });
    const twin = parsedArticle({ title: 'Same text', contentHash: 'h2' });
    const { articleIds } = await storeImportBatch(db, batchOf(original, twin), sanitize, T1);
    const [id, twinId] = articleIds as [string, string];
    await addNote(db, id, 'keep me');

    const changed = parsedArticle(
      { title: 'New title', url: 'https://example.org/a', contentHash: 'h1-changed' },
      { assets: [{ name: 'n.png', mediaType: 'image/png', bytes: pngBytes() }] },
    );
    const sameHash = parsedArticle({ title: 'Same text, new name', contentHash: 'h2' });
    const report = await storeImportBatch(db, batchOf(changed, sameHash, parsedArticle({ title: 'Brand new' })), sanitize, T2);

    expect(report).toMatchObject({ added: 1, updated: 2, failed: 0 });
    expect(report.articleIds.slice(0, 2)).toEqual([id, twinId]);
    expect(await db.articles.count()).toBe(3);
    expect(await getArticle(db, id)).toMatchObject({ title: 'New title', contentHash: 'h1-changed', addedAt: T1.toISOString() });
    expect((await getArticle(db, twinId))!.title).toBe('Same text, new name');
    expect((await listNotes(db, id)).map((n) => n.body)).toEqual(['keep me']);
    expect((await getAssets(db, id)).map((a) => a.name)).toEqual(['n.png']);
  });

  it('stores the Archived and Favourite states a migration brings, and an article imported again keeps the ones it has', async () => {
    const db = freshDb();
    const states = { archivedAt: '2024-03-12T19:30:00.000Z', favouritedAt: '2024-03-10T08:00:00.000Z' };
    const { articleIds } = await storeImportBatch(db, batchOf(parsedArticle({ url: 'https://example.org/s', ...states }), parsedArticle()), sanitize, T1);
    const [id, plainId] = articleIds as [string, string];
    expect(await getArticle(db, id)).toMatchObject(states);
    expect(await getArticle(db, plainId)).not.toHaveProperty('archivedAt');

    await storeImportBatch(db, batchOf(parsedArticle({ url: 'https://example.org/s', archivedAt: '2025-01-01T00:00:00.000Z' })), sanitize, T2);
    expect(await getArticle(db, id)).toMatchObject(states);
  });

  it('reports the importer failures and articles it cannot store', async () => {
    const db = freshDb();
    const untitled = parsedArticle({ title: '   ', originalName: 'untitled.md' });
    const batch = { articles: [untitled, parsedArticle({ title: 'Fine' })], failures: [{ path: '/x/a.pdf', reason: 'Not supported.' }] };
    const report = await storeImportBatch(db, batch, sanitize);
    expect(report).toMatchObject({ added: 1, updated: 0, failed: 2 });
    expect(report.failures).toEqual([
      { path: '/x/a.pdf', reason: 'Not supported.' },
      { path: 'untitled.md', reason: 'The article has no title.' },
    ]);
  });

  it('stores a batch whole or not at all', async () => {
    const db = freshDb();
    db.assets.hook('creating', (_key, asset) => {
      if (asset.name === 'bad.png') throw new Error('disk full');
    });
    const good = parsedArticle({ title: 'Good' });
    const bad = parsedArticle({ title: 'Bad' }, { assets: [{ name: 'bad.png', mediaType: 'image/png', bytes: pngBytes() }] });
    await expect(storeImportBatch(db, batchOf(good, bad), sanitize)).rejects.toThrow(/disk full/);
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    expect(await db.assets.count()).toBe(0);
  });
});
