/**
 * The export channels: a cancelled save dialog is not an error; begin → add → finish writes a bundle that reads
 * back; every argument is validated (unknown ids, malformed or oversized articles) and a refused call leaves no file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportStarted, Result } from '../../../../../src-shared/contract';
import { readArchive } from '../../../../../src-main/services/bundle';
import { createBridgeHandlers, type BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { exportedArticle } from './support/articles';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';
import { NO_LINK_HOST } from '../support/link-host';
import { NO_RESTORE_HOST } from '../support/restore-host';
import { TEST_STORAGE } from '../support/storage-host';

let dir: string;
let answers: (string | null)[];
let suggested: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-export-'));
  answers = [];
  suggested = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function handlers() {
  const host: BridgeHost = {
    chooseImportPaths: async () => null,
    chooseExportPath: async (name) => {
      suggested.push(name);
      return answers.shift() ?? null;
    },
    ...NO_LINK_HOST,
    openedFiles: new OpenedFiles(),
    ...NO_RESTORE_HOST,
    storage: TEST_STORAGE,
    openExternal: async () => undefined,
    sampleLibraryDir: dir,
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: '9.9.9', platform: 'linux' },
  };
  return createBridgeHandlers(host);
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function begin(h: ReturnType<typeof handlers>, path: string): Promise<ExportStarted> {
  answers.push(path);
  const started = value(await h['export:begin']({ title: 'My library', suggestedName: 'Library.offprint' }));
  if (!started) throw new Error('cancelled');
  return started;
}

describe('export handlers', () => {
  it('a cancelled save dialog gives null and writes nothing', async () => {
    expect(await handlers()['export:begin']({ title: 'My library', suggestedName: 'Library.offprint' })).toEqual({ ok: true, value: null });
    expect(suggested).toEqual(['Library.offprint']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('begin, add in chunks, finish: a bundle with every article, made by this Offprint', async () => {
    const h = handlers();
    const { exportId, path } = await begin(h, join(dir, 'Library'));
    expect(path).toBe(join(dir, 'Library.offprint'));
    expect(value(await h['export:add'](exportId, [exportedArticle('a1'), exportedArticle('a2')]))).toBeNull();
    expect(value(await h['export:add'](exportId, [exportedArticle('a3')]))).toBeNull();
    const finished = value(await h['export:finish'](exportId));
    expect(finished).toEqual({ path, articleCount: 3, bytes: readFileSync(path).length });
    const contents = readArchive(new Uint8Array(readFileSync(path)), 'Library.offprint');
    expect(contents.kind === 'bundle' && contents.manifest).toMatchObject({ title: 'My library', creator: 'Offprint 9.9.9', articleCount: 3 });
    expect(await h['export:finish'](exportId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('abort removes the partial bundle; the id is then unknown', async () => {
    const h = handlers();
    const { exportId } = await begin(h, join(dir, 'Library.offprint'));
    value(await h['export:add'](exportId, [exportedArticle('a1')]));
    expect(await h['export:abort'](exportId)).toEqual({ ok: true, value: null });
    expect(readdirSync(dir)).toEqual([]);
    expect(await h['export:add'](exportId, [exportedArticle('a2')])).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a folder that cannot be written is an io error naming the path', async () => {
    answers.push(join(dir, 'missing', 'Library.offprint'));
    expect(await handlers()['export:begin']({ title: 'T', suggestedName: 'T.offprint' })).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: `Offprint could not write ${join(dir, 'missing', 'Library.offprint')}: The folder does not exist (it may have been moved or deleted).`,
        reason: { code: 'exportCannotWrite', params: { path: join(dir, 'missing', 'Library.offprint'), cause: expect.objectContaining({ code: 'writeFolderMissing' }) } },
      },
    });
  });

  const bad = (over: Record<string, unknown>) => ({ ...exportedArticle('a9'), ...over });
  const meta = exportedArticle('a9').meta;
  it.each([
    ['no articles', []],
    ['an article without a title', [bad({ meta: { ...meta, title: '  ' } })]],
    ['an id that is a path', [bad({ id: '../../etc' })]],
    ['a date that is not ISO 8601', [bad({ meta: { ...meta, publishedAt: 'yesterday' } })]],
    ['an asset that is not an image', [bad({ assets: [{ name: 'x.png', mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]) }] })]],
    ['an asset name with a folder', [bad({ assets: [{ name: '../x.png', mediaType: 'image/png', bytes: exportedArticle('x').assets[0]?.bytes }] })]],
    ['an unknown body format', [bad({ body: { format: 'pdf', content: 'x' } })]],
    ['bytes that are not bytes', [bad({ assets: [{ name: 'x.png', mediaType: 'image/png', bytes: 'iVBOR' }] })]],
    ['the same article twice', [exportedArticle('a1'), exportedArticle('a1')]],
    ['a body over 32 MB', [bad({ body: { format: 'text', content: 'x'.repeat(32 * 1024 * 1024 + 1) } })]],
  ])('add refuses %s, and the export stays open', async (_what, articles) => {
    const h = handlers();
    const { exportId, path } = await begin(h, join(dir, 'x.offprint'));
    expect(await h['export:add'](exportId, articles)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    value(await h['export:add'](exportId, [exportedArticle('a1')]));
    expect(value(await h['export:finish'](exportId)).articleCount).toBe(1);
    expect(existsSync(path)).toBe(true);
  });

  it('names the article that cannot be exported, and why', async () => {
    const h = handlers();
    const { exportId } = await begin(h, join(dir, 'x.offprint'));
    const notImage = exportedArticle('a5', { assets: [{ name: 'x.png', mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]) }] });
    expect(await h['export:add'](exportId, [exportedArticle('a4'), notImage])).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: '“Field notes a5” cannot be exported: is not an image Offprint can show (argument 1.1.assets.0)',
        reason: { code: 'exportArticleInvalid', params: { title: 'Field notes a5', detail: 'is not an image Offprint can show (argument 1.1.assets.0)' } },
        path: [1, 1, 'assets', 0],
      },
    });
    await h['export:abort'](exportId);
  });

  it('refuses an article already added, and ids that are not export ids', async () => {
    const h = handlers();
    const { exportId } = await begin(h, join(dir, 'x.offprint'));
    value(await h['export:add'](exportId, [exportedArticle('a1')]));
    expect(await h['export:add'](exportId, [exportedArticle('a1')])).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'These articles are already in the bundle: a1.', reason: { code: 'exportArticlesTwice', params: { ids: 'a1' } } },
    });
    expect(await h['export:add']('not-an-id', [exportedArticle('a2')])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await h['export:finish'](crypto.randomUUID())).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await h['export:begin']({ title: 'T' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await h['export:abort'](exportId);
  });
});
