/**
 * The renderer's export against the real export handlers, in Node: a library in IndexedDB (fake-indexeddb) with
 * notes and a highlight is exported in chunks through the bridge's calls, the bundle is read back and stored into
 * an empty library, and every article, body, image byte, note and highlight is the same.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, InvokeHandlers, OffprintApi, Result } from '../../../../../src-shared/contract';
import { createBridgeHandlers } from '../../../../../src-main/services/bridge-handlers';
import { bundleArticleToParsed, readArchive } from '../../../../../src-main/services/bundle';
import { parsePaths } from '../../../../../src-main/services/import/import-sources';
import type { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { storeImportBatch } from '../../../../../src-renderer/src/data/import-repo';
import { addNote } from '../../../../../src-renderer/src/data/notes-repo';
import { saveArticleDetails } from '../../../../../src-renderer/src/data/article-details-repo';
import { saveBulkDetails } from '../../../../../src-renderer/src/data/bulk-details-repo';
import { draftOf } from '../../../../../src-shared/article/article-details';
import { articlesPlan, libraryPlan, tagPlan } from '../../../../../src-renderer/src/features/exporting/export-plans';
import { runExport } from '../../../../../src-renderer/src/features/exporting/run-export';
import { createI18n } from '../../../../../src-shared/i18n';
import { freshDb, sanitize } from '../../../renderer/data/support';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';
import { NO_LINK_HOST } from '../support/link-host';
import { NO_RESTORE_HOST } from '../support/restore-host';
import { TEST_STORAGE } from '../support/storage-host';

const t = createI18n('en').getFixedT('en', 'library');

let dir: string;
let target: string;
let calls: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-library-export-'));
  target = join(dir, 'Library.offprint');
  calls = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function exportApi(chosen: string | null): Pick<OffprintApi, 'export'> {
  const handlers: InvokeHandlers = createBridgeHandlers({
    chooseImportPaths: async () => null,
    chooseExportPath: async () => chosen,
    ...NO_LINK_HOST,
    openedFiles: new OpenedFiles(),
    ...NO_RESTORE_HOST,
    storage: TEST_STORAGE,
    openExternal: async () => undefined,
    sampleLibraryDir: dir,
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: 'test', platform: 'linux' },
  });
  const call = <T>(channel: keyof InvokeHandlers, ...args: unknown[]) => {
    calls.push(channel);
    return handlers[channel](...args) as Promise<Result<T>>;
  };
  return {
    export: {
      begin: (request) => call('export:begin', request),
      add: (id, articles) => call('export:add', id, articles),
      finish: (id) => call('export:finish', id),
      abort: (id) => call('export:abort', id),
    },
  };
}

async function sampleLibrary(): Promise<OffprintDatabase> {
  const db = freshDb();
  const batch = await parsePaths([join(process.cwd(), 'resources/sample-library'), join(process.cwd(), 'tests/fixtures/e2e')]);
  await storeImportBatch(db, batch, sanitize, new Date('2024-05-01T10:00:00Z'));
  return db;
}

function readBundle(path: string): ImportBatch {
  const contents = readArchive(new Uint8Array(readFileSync(path)), 'Library.offprint');
  const batch: ImportBatch = { articles: [], failures: [...contents.failures] };
  for (const unit of contents.kind === 'bundle' ? contents.articles : []) {
    const outcome = bundleArticleToParsed(unit);
    if ('article' in outcome) batch.articles.push(outcome.article);
    else batch.failures.push(outcome.failure);
  }
  return batch;
}

/** Everything the library holds, by content hash, without what a new library gives anew (ids, added dates). */
async function snapshot(db: OffprintDatabase) {
  const articles = await db.articles.toArray();
  const entries = await Promise.all(
    articles.map(async ({ id, addedAt: _addedAt, identifier: _identifier, ...meta }) => {
      const body = await db.bodies.get(id);
      const assets = await db.assets.where('articleId').equals(id).sortBy('name');
      const notes = await db.notes.where('articleId').equals(id).sortBy('createdAt');
      const highlights = await db.highlights.where('articleId').equals(id).toArray();
      return [
        meta.contentHash,
        {
          meta,
          body: { format: body?.format, content: body?.content, text: body?.text },
          assets: await Promise.all(assets.map(async (a) => ({ name: a.name, mediaType: a.mediaType, bytes: new Uint8Array(await a.blob.arrayBuffer()) }))),
          notes: notes.map(({ articleId: _a, ...note }) => note),
          highlights: highlights.map(({ articleId: _a, ...highlight }) => highlight),
        },
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe('exporting the library from IndexedDB', () => {
  it('round trip: an empty library that imports the bundle holds the same articles, images, notes, highlights and corrections', async () => {
    const library = await sampleLibrary();
    const [first, second, third] = await library.articles.toArray();
    // Corrected details travel with their marks: one article in the reader (its language cleared), two at once.
    const edited = new Date('2026-03-01T12:00:00Z');
    await saveArticleDetails(library, first!.id, { ...draftOf(first!), title: 'A corrected title', language: '' }, edited);
    await saveBulkDetails(library, [second!.id, third!.id], { details: { author: 'Bo Chen', source: 'Quiet Press' }, addTags: [], removeTags: [] }, edited);
    expect((await library.articles.get(first!.id))?.editedFields).toEqual(['title', 'language']);
    await addNote(library, first?.id ?? '', 'A **note** to carry over.', new Date('2024-05-02T08:00:00Z'));
    await library.highlights.add({ id: 'h1', articleId: second?.id ?? '', color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: 'the' }], note: 'Mind this.', createdAt: '2024-05-02T09:00:00.000Z' });
    const progress: number[] = [];

    const finished = await runExport(exportApi(target), library, libraryPlan(t), ({ done }) => progress.push(done));

    const count = await library.articles.count();
    expect(finished).toEqual({ path: target, articleCount: count, bytes: readFileSync(target).length });
    expect(progress).toEqual([0, count]);
    const batch = readBundle(target);
    expect(batch.failures).toEqual([]);
    const copy = freshDb();
    await storeImportBatch(copy, batch, sanitize);
    const [before, after] = [await snapshot(library), await snapshot(copy)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after).toEqual(before);
    expect(Object.values(after).flatMap((a) => a.notes)).toHaveLength(1);
    expect(Object.values(after).flatMap((a) => a.assets).length).toBeGreaterThan(0);
    expect(Object.values(after).filter((a) => a.meta.editedAt === edited.toISOString())).toHaveLength(3);
    expect(after[first!.contentHash]?.meta).toMatchObject({ title: 'A corrected title', language: null, fromFile: { title: first!.title, language: first!.language } });
  });

  it('sends the articles in chunks of 50', async () => {
    const library = freshDb();
    const articles = Array.from({ length: 120 }, (_, i) => ({
      meta: { title: `A${i}`, author: null, source: null, url: null, publishedAt: null, submittedAt: null, language: 'en', tags: i % 2 ? ['odd'] : [], wordCount: 2, contentHash: String(i).padStart(64, '0'), keywords: [], originalName: `a${i}.txt` },
      body: { format: 'text' as const, content: `Article ${i}.` },
      text: `Article ${i}.`,
      assets: [],
    }));
    await storeImportBatch(library, { articles, failures: [] }, sanitize);
    expect(await runExport(exportApi(target), library, libraryPlan(t), () => undefined)).toMatchObject({ articleCount: 120 });
    expect(calls).toEqual(['export:begin', 'export:add', 'export:add', 'export:add', 'export:finish']);
    expect(readBundle(target).articles).toHaveLength(120);

    calls = [];
    expect(await runExport(exportApi(join(dir, 'odd.offprint')), library, tagPlan('odd', t), () => undefined)).toMatchObject({ articleCount: 60 });
    const ids = (await library.articles.limit(3).toArray()).map((a) => a.id);
    expect(await runExport(exportApi(join(dir, 'three.offprint')), library, articlesPlan(ids, t), () => undefined)).toMatchObject({ articleCount: 3 });
  });

  it('sends fewer articles per call when their images are large (about 32 MB a call)', async () => {
    const library = freshDb();
    const image = new Uint8Array(20 * 1024 * 1024);
    image.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const articles = [0, 1, 2].map((i) => ({
      meta: { title: `Big ${i}`, author: null, source: null, url: null, publishedAt: null, submittedAt: null, language: 'en', tags: [], wordCount: 2, contentHash: String(i).padStart(64, '0'), keywords: [], originalName: `big${i}.md` },
      body: { format: 'markdown' as const, content: `![Photo](asset:photo.png) Big ${i}.` },
      text: `Photo Big ${i}.`,
      assets: [{ name: 'photo.png', mediaType: 'image/png', bytes: image }],
    }));
    await storeImportBatch(library, { articles, failures: [] }, sanitize);
    const progress: number[] = [];
    expect(await runExport(exportApi(target), library, libraryPlan(t), ({ done }) => progress.push(done))).toMatchObject({ articleCount: 3 });
    expect(calls).toEqual(['export:begin', 'export:add', 'export:add', 'export:finish']);
    expect(progress).toEqual([0, 2, 3]);
  });

  it('a cancelled save dialog exports nothing; a failure abandons the bundle and says why', async () => {
    const library = await sampleLibrary();
    expect(await runExport(exportApi(null), library, libraryPlan(t), () => undefined)).toBeNull();
    expect(calls).toEqual(['export:begin']);

    const [article] = await library.articles.toArray();
    await library.bodies.delete(article?.id ?? '');
    await expect(runExport(exportApi(target), library, libraryPlan(t), () => undefined)).rejects.toThrow(`“${article?.title}” has no text in the library, so it cannot be exported.`);
    expect(calls.slice(-1)).toEqual(['export:abort']);
    expect(() => readFileSync(target)).toThrow(/ENOENT/);
  });
});
