/**
 * Backups and restoring, in main: the Backups folder listed with its counts; a backup named only by its file name
 * (a path, `..` or a hidden file refused); a chosen file held as a grant; a preview without bodies; a restore
 * started as an import job whose chunks come from `import:next`; the Replace's safety backup written into the
 * folder; the version record written and compared.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../src-shared/contract';
import { BundleWriter } from '../../../../../src-main/services/bundle';
import { createBridgeHandlers, type BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { exportedArticle } from '../bundle/support/articles';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';
import { TEST_STORAGE } from '../support/storage-host';
import { NO_LINK_HOST } from '../support/link-host';

let dir: string;
let backups: string;
let chosen: (string | null)[];
let shown: string[];
let quits: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-restore-'));
  backups = join(dir, 'Backups');
  chosen = [];
  shown = [];
  quits = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function handlers(chromium = '146.0.1.2') {
  const host: BridgeHost = {
    chooseImportPaths: async () => null,
    chooseExportPath: async () => null,
    ...NO_LINK_HOST,
    openedFiles: new OpenedFiles(),
    openExternal: async () => undefined,
    sampleLibraryDir: dir,
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: '9.9.9', platform: 'linux' },
    storage: { ...TEST_STORAGE, profileDir: dir },
    libraryRecordFile: join(dir, 'library-record.json'),
    runtimeVersions: { electron: '41.7.1', chromium },
    chooseRestoreFile: async () => chosen.shift() ?? null,
    openPath: async () => '',
    showFolder: async (folder) => void shown.push(folder),
    popupRowMenu: async () => null,
    popupSidebarMenu: async () => null,
    quit: () => void (quits += 1),
    setLanguage: () => undefined,
  };
  return createBridgeHandlers(host);
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function writeBundle(path: string, ids: string[], created = new Date('2026-11-30T10:00:00Z')): Promise<void> {
  const writer = await BundleWriter.create(path, { title: 'Backup', creator: 'test', created });
  for (const id of ids) await writer.addArticle(exportedArticle(id));
  await writer.finish();
}

describe('backup:list', () => {
  it('lists the Backups folder newest first, with counts, size and whether it read back whole (an unreadable one by its file time)', async () => {
    mkdirSync(backups);
    await writeBundle(join(backups, 'older.offprint'), ['a1'], new Date('2026-11-01T00:00:00Z'));
    await writeBundle(join(backups, 'newer.offprint'), ['a1', 'a2', 'a3']);
    writeFileSync(join(backups, 'broken.offprint'), 'not a zip');
    writeFileSync(join(backups, '.newest.offprint.1234.partial'), 'half');
    const list = value(await handlers()['backup:list']());
    expect(list.map((b) => [b.id, b.articleCount, b.noteCount, b.verified])).toEqual([
      ['broken.offprint', 0, 0, false],
      ['newer.offprint', 3, 3, true],
      ['older.offprint', 1, 1, true],
    ]);
    expect(list[1]?.createdAt).toBe('2026-11-30T10:00:00.000Z');
    expect(list[1]?.bytes).toBeGreaterThan(0);
  });

  it('is empty when there is no Backups folder yet', async () => {
    expect(value(await handlers()['backup:list']())).toEqual([]);
  });
});

describe('restore sources: a backup by its file name, any other file by its grant', () => {
  it.each([['../library-record.json'], ['sub/x.offprint'], ['..\\x.offprint'], ['.hidden.offprint'], ['x.zip'], ['/etc/passwd']])(
    'refuses the backup id %s without reading anything',
    async (id) => {
      const result = await handlers()['restore:preview']({ kind: 'backup', id });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    },
  );

  it('refuses a path in place of a grant, and a grant never given', async () => {
    const h = handlers();
    const asPath = await h['restore:start']({ kind: 'file', grantId: '/home/me/diary.offprint' });
    expect(asPath.ok).toBe(false);
    const unknown = await h['restore:start']({ kind: 'file', grantId: '8d2f7c1e-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const extra = await h['restore:preview']({ kind: 'file', grantId: '8d2f7c1e-0000-4000-8000-000000000000', path: '/etc' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('previews a chosen file by its grant (no path goes back), then restores it as an import job', async () => {
    const file = join(dir, 'Elsewhere.offprint');
    await writeBundle(file, ['a1', 'a2']);
    chosen.push(file);
    const h = handlers();
    const grant = value(await h['restore:chooseFile']());
    expect(grant).toMatchObject({ name: 'Elsewhere.offprint' });
    expect(JSON.stringify(grant)).not.toContain(dir);
    const preview = value(await h['restore:preview']({ kind: 'file', grantId: grant!.grantId }));
    expect(preview.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(preview.notes).toEqual([
      { id: 'note-a1', articleId: 'a1', updatedAt: '2024-05-02T08:00:00.000Z' },
      { id: 'note-a2', articleId: 'a2', updatedAt: '2024-05-02T08:00:00.000Z' },
    ]);
    expect(preview.highlights.map((x) => x.id)).toEqual(['hl-a1', 'hl-a2']);

    const job = value(await h['restore:start']({ kind: 'file', grantId: grant!.grantId }));
    const titles: string[] = [];
    for (;;) {
      const chunk = value(await h['import:next'](job.jobId));
      titles.push(...chunk.articles.map((a) => a.meta.title));
      if (chunk.progress.done) break;
    }
    expect(titles.sort()).toEqual(['Field notes a1', 'Field notes a2']);
    // The grant is used up by the restore.
    expect((await h['restore:start']({ kind: 'file', grantId: grant!.grantId })).ok).toBe(false);
  });

  it('a cancelled open dialog is null; a file that is not a bundle is refused', async () => {
    const h = handlers();
    expect(value(await h['restore:chooseFile']())).toBeNull();
    chosen.push(join(dir, 'notes.txt'));
    expect(await h['restore:chooseFile']()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('restore:checkSpace (before a Replace)', () => {
  it('counts the backup restored beside the library and the library\'s backup against the free space', async () => {
    mkdirSync(backups);
    await writeBundle(join(backups, 'a.offprint'), ['a1']);
    const roomy = value(await handlers()['restore:checkSpace']({ kind: 'backup', id: 'a.offprint' }, 1024));
    expect(roomy).toEqual({ enough: true });
    const host = handlers();
    // 100 GB free on TEST_STORAGE's disk: a library of 200 GB does not fit beside its backup.
    const full = value(await host['restore:checkSpace']({ kind: 'backup', id: 'a.offprint' }, 200 * 1024 ** 3));
    expect(full).toMatchObject({ enough: false, freeBytes: 100 * 1024 ** 3 });
  });

  it('refuses a backup id that is a path, a grant never given and a size that is not one', async () => {
    const h = handlers();
    expect(await h['restore:checkSpace']({ kind: 'backup', id: '../library-record.json' }, 0)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await h['restore:checkSpace']({ kind: 'file', grantId: '8d2f7c1e-0000-4000-8000-000000000000' }, 0)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await h['restore:checkSpace']({ kind: 'backup', id: 'a.offprint' }, -1)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('restore:beginSafetyBackup', () => {
  it('opens an export into the Backups folder that export:add and export:finish complete', async () => {
    const h = handlers();
    const started = value(await h['restore:beginSafetyBackup']());
    value(await h['export:add'](started.exportId, [exportedArticle('a1')]));
    value(await h['export:finish'](started.exportId));
    expect(readdirSync(backups)).toEqual([started.backupId]);
    const list = value(await h['backup:list']());
    expect(list).toMatchObject([{ id: started.backupId, articleCount: 1, verified: true }]);
  });
});

describe('the library record and the version guard', () => {
  it('has no record on a first start; records what opened the library; an older Chromium is refused', async () => {
    expect(value(await handlers()['library:guard']())).toMatchObject({ record: null, olderChromium: false, latestBackup: null });
    value(await handlers('146.0.1.2')['library:opened']({ schemaVersion: 4, articleCount: 3412 }));
    const same = value(await handlers('146.0.1.2')['library:guard']());
    expect(same.record).toMatchObject({ schemaVersion: 4, appVersion: '9.9.9', electronVersion: '41.7.1', chromiumVersion: '146.0.1.2', articleCount: 3412 });
    expect(same.olderChromium).toBe(false);
    expect(value(await handlers('147.0.0.0')['library:guard']()).olderChromium).toBe(false);
    expect(value(await handlers('140.0.0.0')['library:guard']()).olderChromium).toBe(true);
  });

  it('refuses a report that is not a count', async () => {
    const result = await handlers()['library:opened']({ schemaVersion: 4, articleCount: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('shows the Backups folder and quits through the host', async () => {
    const h = handlers();
    value(await h['backup:showFolder']());
    value(await h['app:quit']());
    expect(shown).toEqual([backups]);
    expect(quits).toBe(1);
  });
});

describe('restore:openLatestReadOnly (the version guard)', () => {
  it('main picks the newest backup it can verify whole and starts reading it; the guard names that one', async () => {
    mkdirSync(backups);
    await writeBundle(join(backups, 'older.offprint'), ['a1'], new Date('2026-11-01T00:00:00Z'));
    await writeBundle(join(backups, 'newer.offprint'), ['a1', 'a2']);
    writeFileSync(join(backups, 'broken.offprint'), 'not a zip');
    const h = handlers();
    const opened = value(await h['restore:openLatestReadOnly']());
    expect(opened.backup).toMatchObject({ id: 'newer.offprint', articleCount: 2, verified: true });
    const chunk = value(await h['import:next'](opened.job.jobId));
    expect(chunk.articles.length).toBeGreaterThan(0);
    expect(value(await h['library:guard']()).latestBackup?.id).toBe('newer.offprint');
  });

  it('says so when there is no verified backup, and takes no arguments (the renderer names nothing)', async () => {
    const h = handlers();
    const none = await h['restore:openLatestReadOnly']();
    expect(none).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no verified backup in the backup folder to open.' } });
    const named = await h['restore:openLatestReadOnly']('/home/me/diary.offprint');
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(value(await h['library:guard']()).latestBackup).toBeNull();
  });
});
