// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArticleAnnotations } from '../../../../src-shared/contract';
import { getArticle } from '../../../../src-renderer/src/data/articles-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { addNote, listNotes } from '../../../../src-renderer/src/data/notes-repo';
import { getImportReport, listImportReports, saveImportReport } from '../../../../src-renderer/src/data/reports-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const note = (id: string, body: string, updatedAt = '2024-01-01T00:00:00Z') => ({ id, body, createdAt: '2024-01-01T00:00:00Z', updatedAt });
const highlight = (id: string, color = 'yellow') => ({ id, color, selectors: [{ type: 'TextQuoteSelector', exact: 'x' }], note: null, createdAt: '2024-01-01T00:00:00Z' });

describe('storing an import: duplicates by identifier, and notes and highlights that come along', () => {
  it('recognises an article by its source identifier when it has no URL, and keeps its id', async () => {
    const db = freshDb();
    const first = await storeImportBatch(db, batchOf(parsedArticle({ title: 'Old', identifier: 'doi:10.1/x', contentHash: 'h1' })), sanitize);
    const again = await storeImportBatch(db, batchOf(parsedArticle({ title: 'New', identifier: 'doi:10.1/x', contentHash: 'h2' })), sanitize);
    expect(again).toMatchObject({ added: 0, updated: 1 });
    expect(again.articleIds).toEqual(first.articleIds);
    expect(await getArticle(db, first.articleIds[0]!)).toMatchObject({ title: 'New', identifier: 'doi:10.1/x' });
    expect(await db.articles.count()).toBe(1);
  });

  it('merges the notes and highlights an article brings by id, without doubling them', async () => {
    const db = freshDb();
    const annotations: ArticleAnnotations = { notes: [note('n1', 'From the bundle')], highlights: [highlight('h1')] };
    const article = () => parsedArticle({ title: 'Bundled', identifier: 'bundle-1', contentHash: 'hb' }, { annotations });
    const { articleIds } = await storeImportBatch(db, batchOf(article()), sanitize);
    const id = articleIds[0]!;
    await addNote(db, id, 'Written here');
    await storeImportBatch(db, batchOf(article()), sanitize);
    expect((await listNotes(db, id)).map((n) => n.body).sort()).toEqual(['From the bundle', 'Written here']);
    expect(await db.highlights.where('articleId').equals(id).count()).toBe(1);

    const newer = { notes: [note('n1', 'Edited in the bundle', '2025-01-01T00:00:00Z')], highlights: [highlight('h1', 'green')] };
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Bundled', identifier: 'bundle-1', contentHash: 'hb' }, { annotations: newer })), sanitize);
    expect((await listNotes(db, id)).map((n) => n.body).sort()).toEqual(['Edited in the bundle', 'Written here']);
    expect((await db.highlights.get('h1'))?.color).toBe('green');

    const older = { notes: [note('n1', 'An older copy', '2023-01-01T00:00:00Z')], highlights: [] };
    await storeImportBatch(db, batchOf(parsedArticle({ title: 'Bundled', identifier: 'bundle-1', contentHash: 'hb' }, { annotations: older })), sanitize);
    expect((await db.notes.get('n1'))?.body).toBe('Edited in the bundle');
  });

  it('never moves another article\'s note through a reused id', async () => {
    const db = freshDb();
    const { articleIds } = await storeImportBatch(db, batchOf(parsedArticle({ title: 'Mine', contentHash: 'm' })), sanitize);
    await db.notes.put({ id: 'taken', articleId: articleIds[0]!, body: 'mine', createdAt: 'a', updatedAt: 'a' });
    const hostile = parsedArticle({ title: 'Other', contentHash: 'o' }, { annotations: { notes: [note('taken', 'stolen', '2099-01-01')], highlights: [] } });
    await storeImportBatch(db, batchOf(hostile), sanitize);
    expect(await db.notes.get('taken')).toMatchObject({ articleId: articleIds[0], body: 'mine' });
  });
});

describe('import reports', () => {
  it('are kept and listed latest first, with every failure', async () => {
    const db = freshDb();
    const base = { finishedAt: '', sources: 's', found: 3, added: 1, updated: 0, failed: 2, cancelled: false, error: null };
    const failures = [{ path: '/a/b.pdf', reason: 'No PDFs.' }, { path: '/a/c.bin', reason: 'Binary.' }];
    const older = await saveImportReport(db, { ...base, startedAt: '2024-01-01T10:00:00Z', failures });
    const newer = await saveImportReport(db, { ...base, startedAt: '2024-02-01T10:00:00Z', failures: [] });
    expect((await listImportReports(db)).map((r) => r.id)).toEqual([newer, older]);
    expect((await getImportReport(db, older))?.failures).toEqual(failures);
  });
});
