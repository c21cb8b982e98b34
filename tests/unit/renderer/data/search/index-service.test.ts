/**
 * The search index service over a real Dexie database (fake-indexeddb): built from the library, kept current by
 * imports, deletes and notes, stored and read back at the next start, repaired or rebuilt when it does not match.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../../../../src-renderer/src/data/delete-repo';
import { storeImportBatch } from '../../../../../src-renderer/src/data/import-repo';
import { addNote, deleteNote, updateNote } from '../../../../../src-renderer/src/data/notes-repo';
import { addHighlight, deleteHighlight, updateHighlight } from '../../../../../src-renderer/src/data/highlights-repo';
import type { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { SearchIndexService, type IndexStatus } from '../../../../../src-renderer/src/data/search/index-service';
import { InvertedIndex } from '../../../../../src-shared/search';
import { saveIndexBytes } from '../../../../../src-renderer/src/data/search/index-store';
import { freshDb, sanitize } from '../support';
import { batchOf, parsedArticle, peoplesDaily } from '../../support/parsed-article';

const running: SearchIndexService[] = [];
afterEach(() => running.splice(0).forEach((s) => s.stop()));

async function started(db: OffprintDatabase): Promise<{ service: SearchIndexService; statuses: IndexStatus[] }> {
  const statuses: IndexStatus[] = [];
  const service = new SearchIndexService(db, { saveDelayMs: 60_000, onStatus: (s) => statuses.push(s) });
  running.push(service);
  await service.start();
  await service.whenCurrent();
  return { service, statuses };
}

const ids = async (service: SearchIndexService, query: string): Promise<string[]> =>
  (await service.search(query, { limit: Infinity })).hits.map((h) => h.id).sort();

async function sampleLibrary(db: OffprintDatabase) {
  const zh = parsedArticle(
    { title: '在没有网络的地方读书', author: 'Offprint 团队', language: 'zh', tags: ['阅读'] },
    { body: { format: 'text', content: '小时候，县城里只有一座图书馆。' } },
  );
  const stored = await storeImportBatch(db, batchOf(peoplesDaily(), zh), sanitize);
  const [pd = '', zhId = ''] = stored.articleIds;
  return { pd, zh: zhId };
}

describe('the search index service', () => {
  it('builds the index from the library at the first start: title, body, author, source, tags, Chinese', async () => {
    const db = freshDb();
    const { pd, zh } = await sampleLibrary(db);
    const { service } = await started(db);
    expect(service.getStatus().origin).toBe('rebuilt');
    expect(await ids(service, 'safest')).toEqual([pd]);
    expect(await ids(service, 'governance')).toEqual([pd]);
    expect(await ids(service, 'source:"people\'s daily"')).toEqual([pd]);
    expect(await ids(service, '图书')).toEqual([zh]);
    expect(await ids(service, '馆')).toEqual([zh]);
    expect(await ids(service, 'author:团队')).toEqual([zh]);
    expect(await ids(service, 'tag:阅读')).toEqual([zh]);
    expect(await ids(service, 'secur')).toEqual([pd]);
  });

  it('follows imports, deletes and note changes once they are committed', async () => {
    const db = freshDb();
    const { pd } = await sampleLibrary(db);
    const { service } = await started(db);

    const [added = ''] = (
      await storeImportBatch(db, batchOf(parsedArticle({ title: 'Lighthouses of Brittany' })), sanitize)
    ).articleIds;
    await service.whenCurrent();
    expect(await ids(service, 'lighthouses')).toEqual([added]);

    const note = await addNote(db, pd, 'Compare with the zanzibarian figures.');
    await service.whenCurrent();
    expect(await ids(service, 'zanzibarian')).toEqual([pd]);
    await updateNote(db, note.id, 'Compare with the quokka census.');
    await service.whenCurrent();
    expect(await ids(service, 'zanzibarian')).toEqual([]);
    expect(await ids(service, 'quokka')).toEqual([pd]);
    await deleteNote(db, note.id);
    await service.whenCurrent();
    expect(await ids(service, 'quokka')).toEqual([]);

    await deleteArticle(db, pd);
    await service.whenCurrent();
    expect(await ids(service, 'safest')).toEqual([]);
    expect((await service.search('lighthouses')).total).toBe(1);
  });

  it('finds highlights by their notes, and follows their changes and deletes', async () => {
    const db = freshDb();
    const { pd, zh } = await sampleLibrary(db);
    const { service } = await started(db);
    const quote = { type: 'TextQuoteSelector' as const, exact: '一座图书馆', prefix: '县城里只有', suffix: '。' };
    const highlight = await addHighlight(db, { articleId: zh, selectors: [quote], color: 'blue', note: 'Ask about the okapi archive.' });
    await service.whenCurrent();
    expect(await ids(service, 'okapi')).toEqual([zh]);
    await updateHighlight(db, highlight.id, { note: 'The narwhal collection instead.' });
    await service.whenCurrent();
    expect(await ids(service, 'okapi')).toEqual([]);
    expect(await ids(service, 'narwhal')).toEqual([zh]);
    await deleteHighlight(db, highlight.id);
    await service.whenCurrent();
    expect(await ids(service, 'narwhal')).toEqual([]);
    expect(await ids(service, 'safest')).toEqual([pd]);
  });

  it('stores the index and uses it as is at the next start, changes included', async () => {
    const db = freshDb();
    const { pd } = await sampleLibrary(db);
    const first = await started(db);
    await addNote(db, pd, 'A note about the okapi.');
    await first.service.flushSave();
    expect(first.service.getStatus().saved).toBe(true);
    first.service.stop();

    const second = await started(db);
    expect(second.statuses.map((s) => s.origin)).toEqual(['loaded']);
    expect(await ids(second.service, 'okapi')).toEqual([pd]);
    expect(await ids(second.service, 'INTERPOL')).toEqual([]);
    expect(await ids(second.service, 'safest')).toEqual([pd]);
  });

  it('repairs a stored index that missed a few changes, and rebuilds one that missed many', async () => {
    const db = freshDb();
    const many = Array.from({ length: 30 }, (_, i) => parsedArticle({ title: `Essay ${i} on kestrels` }));
    const { articleIds } = await storeImportBatch(db, batchOf(...many), sanitize);
    const first = await started(db);
    await first.service.flushSave();
    first.service.stop();

    // One article changed while the index was not watching (another version of the app, a crash before saving).
    await db.articles.update(articleIds[0] ?? '', { title: 'Essay on ospreys' });
    const repaired = await started(db);
    expect(repaired.service.getStatus().origin).toBe('repaired');
    expect(await ids(repaired.service, 'ospreys')).toEqual([articleIds[0]]);
    expect((await repaired.service.search('kestrels')).total).toBe(30); // the old title is still in its body
    repaired.service.stop();

    // An index that knows nothing of this library.
    const stranger = new InvertedIndex();
    stranger.add({ id: 'elsewhere', title: 'Kestrels elsewhere' });
    await saveIndexBytes(db, stranger.serialize());
    const rebuilt = await started(db);
    expect(rebuilt.service.getStatus().origin).toBe('rebuilt');
    expect((await rebuilt.service.search('kestrels')).total).toBe(30);
    expect(await ids(rebuilt.service, 'elsewhere')).toEqual([]);
  });

  it('rebuilds when the stored bytes are damaged', async () => {
    const db = freshDb();
    const { pd } = await sampleLibrary(db);
    const first = await started(db);
    await first.service.flushSave();
    first.service.stop();
    const record = await db.searchIndex.get('index');
    await db.searchIndex.update('index', { bytes: (record?.bytes ?? new Uint8Array()).slice(0, 40) });

    const second = await started(db);
    expect(second.service.getStatus().origin).toBe('rebuilt');
    expect(await ids(second.service, 'safest')).toEqual([pd]);
  });
});
