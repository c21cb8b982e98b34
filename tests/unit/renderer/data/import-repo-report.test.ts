// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch, type StoredThisImport } from '../../../../src-renderer/src/data/import-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

/** What the import's report learns from storing: duplicates within one import, updates by name, web images. */
describe('storeImportBatch, for the report', () => {
  it('a file that appears twice in one import is a duplicate with both paths, not an update, and is stored once', async () => {
    const db = freshDb();
    const run: StoredThisImport = new Map();
    const first = { ...parsedArticle({ title: 'Notes', contentHash: 'same' }), importedFrom: '/home/ann/notes.md' };
    const copy = { ...parsedArticle({ title: 'Notes', contentHash: 'same' }), importedFrom: '/home/ann/old/notes.md' };
    const again = { ...parsedArticle({ title: 'Notes', contentHash: 'same' }), importedFrom: '/home/ann/zz/notes.md' };
    const one = await storeImportBatch(db, batchOf(first, copy), sanitize, undefined, 'update', run);
    expect(one).toMatchObject({ added: 1, updated: 0, updates: [] });
    expect(one.duplicates).toEqual([{ path: '/home/ann/old/notes.md', firstPath: '/home/ann/notes.md' }]);
    // A later chunk of the same import: still a duplicate of the first file.
    const two = await storeImportBatch(db, batchOf(again), sanitize, undefined, 'update', run);
    expect(two).toMatchObject({ added: 0, updated: 0, duplicates: [{ path: '/home/ann/zz/notes.md', firstPath: '/home/ann/notes.md' }] });
    expect(await listArticles(db)).toHaveLength(1);
  });

  it('"updated" names the article of the library it updated, by its title before the update, with the file', async () => {
    const db = freshDb();
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Old title', contentHash: 'h1' })), sanitize);
    const newer = { ...parsedArticle({ title: 'New title', contentHash: 'h1' }), importedFrom: '/home/ann/new.md' };
    const report = await storeImportBatch(db, batchOf(newer), sanitize, undefined, 'update', new Map());
    expect(report).toMatchObject({ added: 0, updated: 1, duplicates: [] });
    expect(report.updates).toEqual([{ articleId: report.articleIds[0], title: 'Old title', path: '/home/ann/new.md' }]);
  });

  it('counts the images that were only on the web, in HTML and Markdown bodies', async () => {
    const db = freshDb();
    const html = parsedArticle(
      { title: 'Page', contentHash: 'p' },
      { body: { format: 'html', content: '<p>a</p><img alt="x" data-offprint-remote-src="https://e.example/x.png"><img src="https://e.example/y.png">' } },
    );
    const markdown = parsedArticle(
      { title: 'Post', contentHash: 'm' },
      { body: { format: 'markdown', content: 'Text ![a](https://e.example/a.png) ![b](asset:b.png)' } },
    );
    const report = await storeImportBatch(db, batchOf(html, markdown), sanitize);
    expect(report.remoteImages).toBe(3);
  });
});
