// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCollection } from '../../../../src-renderer/src/data/collections-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { setReadingPosition, positionKey } from '../../../../src-renderer/src/data/reading-position-store';
import { librarySnapshot } from '../../../../src-renderer/src/data/restore-repo';
import { dropStaging, stageLibrary } from '../../../../src-renderer/src/data/staging-library';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const note = (id: string, body: string, updatedAt: string) => ({ id, body, createdAt: '2024-01-01T00:00:00Z', updatedAt });
const highlight = (id: string, color: string, createdAt = '2024-01-01T00:00:00Z') => ({
  id,
  color,
  selectors: [{ type: 'TextQuoteSelector', exact: 'x' }],
  note: null,
  createdAt,
});

describe('restoring: Merge keeps the library, adds what is missing, keeps the newer note', () => {
  it('an article already there keeps its text, metadata and newer notes; the backup adds tags, notes, highlights and articles', async () => {
    const db = freshDb();
    const [id] = (
      await storeImportBatch(db, batchOf(parsedArticle({ title: 'Edited since', identifier: null, contentHash: 'h1', tags: ['mine'] })), sanitize)
    ).articleIds;
    await db.notes.bulkPut([
      { id: 'n-newer-here', articleId: id!, body: 'Edited here later', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2026-06-01T00:00:00Z' },
      { id: 'n-older-here', articleId: id!, body: 'Old here', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-02-01T00:00:00Z' },
    ]);
    await db.highlights.put({ ...highlight('g-here', 'pink'), articleId: id!, updatedAt: '2026-06-01T00:00:00Z' });

    const fromBackup = parsedArticle(
      { title: 'As it was in the backup', identifier: id!, contentHash: 'h1-old', tags: ['from-backup'] },
      {
        body: { format: 'text', content: 'The backup text.' },
        annotations: {
          notes: [
            note('n-newer-here', 'Backup version', '2025-01-01T00:00:00Z'),
            note('n-older-here', 'Newer in the backup', '2025-01-01T00:00:00Z'),
            note('n-only-backup', 'Only in the backup', '2025-01-01T00:00:00Z'),
          ],
          highlights: [highlight('g-here', 'yellow'), highlight('g-only-backup', 'blue')],
        },
      },
    );
    const missing = parsedArticle({ title: 'Only in the backup', identifier: 'backup-article-2', contentHash: 'h2' });
    const report = await storeImportBatch(db, batchOf(fromBackup, missing), sanitize, new Date(), 'keep');
    expect(report).toMatchObject({ added: 1, updated: 1 });

    const kept = await db.articles.get(id!);
    expect(kept).toMatchObject({ title: 'Edited since', contentHash: 'h1', tags: ['mine', 'from-backup'] });
    expect((await db.bodies.get(id!))?.content).not.toBe('The backup text.');
    expect((await db.notes.get('n-newer-here'))?.body).toBe('Edited here later');
    expect((await db.notes.get('n-older-here'))?.body).toBe('Newer in the backup');
    expect((await db.notes.get('n-only-backup'))?.articleId).toBe(id);
    expect((await db.highlights.get('g-here'))?.color).toBe('pink');
    expect((await db.highlights.get('g-only-backup'))?.articleId).toBe(id);
    // A new article keeps the backup's id, and no identifier that is only that id.
    expect(await db.articles.get('backup-article-2')).toMatchObject({ title: 'Only in the backup', identifier: null });
    expect(await db.articles.count()).toBe(2);
  });
});

describe('restoring: Replace fills a staging database, never the library', () => {
  it('starts it with the settings and import reports, and only the reading places of articles coming back; the library is untouched', async () => {
    const db = freshDb();
    const { articleIds } = await storeImportBatch(
      db,
      batchOf(
        parsedArticle({ title: 'Comes back', contentHash: 'a' }, { annotations: { notes: [note('n1', 'x', '2024-01-01')], highlights: [highlight('g1', 'green')] } }),
        parsedArticle({ title: 'Gone', contentHash: 'b' }),
      ),
      sanitize,
    );
    await createCollection(db, 'Shelf');
    await setReadingPosition(db, articleIds[0]!, { textOffset: 10, fraction: 0.5 });
    await setReadingPosition(db, articleIds[1]!, { textOffset: 20, fraction: 0.7 });
    await db.settings.put({ key: 'library.sort', value: 'title' });
    await db.importReports.put({
      id: 'r1',
      startedAt: '2026-01-01T00:00:00Z',
      finishedAt: '2026-01-01T00:00:01Z',
      sources: 'Two files',
      found: 2,
      added: 2,
      updated: 0,
      failed: 0,
      cancelled: false,
      error: null,
      failures: [],
    });
    const before = await librarySnapshot(db);

    const staging = await stageLibrary(db, new Set([articleIds[0]!]));
    expect(staging.name).not.toBe(db.name);
    expect(await librarySnapshot(staging)).toEqual({ articles: [], notes: [], highlights: [], collectionCount: 0 });
    expect(await staging.settings.get(positionKey(articleIds[0]!))).toBeDefined();
    expect(await staging.settings.get(positionKey(articleIds[1]!))).toBeUndefined();
    expect((await staging.settings.get('library.sort'))?.value).toBe('title');
    expect(await staging.importReports.count()).toBe(1);
    expect(await librarySnapshot(db)).toEqual(before);
    expect(await db.settings.get(positionKey(articleIds[1]!))).toBeDefined();

    await dropStaging(staging);
    expect((await indexedDB.databases()).some((info) => info.name === staging.name)).toBe(false);
  });
});
