/** Every bridge call is validated in main: bad arguments get a typed error, never a throw or a stack trace. */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, type BridgeHost } from '../../../../src-main/services/bridge-handlers';
import { OpenedFiles } from '../../../../src-main/services/grants/opened-files';
import { GRANT_UNKNOWN, PATHS_REFUSED } from '../../../../src-main/services/handlers/import-handlers';
import { ContextMenuReports } from '../../../../src-main/services/context-menu/context-reports';
import { NO_LINK_HOST } from './support/link-host';
import { NO_RESTORE_HOST } from './support/restore-host';
import { TEST_STORAGE } from './support/storage-host';
import { DROPPED_BYTES_PER_CALL, DROPPED_FILES_PER_CALL } from '../../../../src-shared/import/dropped-files';

function host(over: Partial<BridgeHost> = {}): BridgeHost {
  return {
    chooseImportPaths: async () => null,
    chooseExportPath: async () => null,
    importWorkerScript: null,
    ...NO_LINK_HOST,
    openedFiles: new OpenedFiles(),
    ...NO_RESTORE_HOST,
    storage: TEST_STORAGE,
    openExternal: vi.fn(async () => undefined),
    sampleLibraryDir: join(process.cwd(), 'resources', 'sample-library'),
    appInfo: { name: 'Offprint', version: '0.0.0', platform: 'linux' },
    ...over,
  };
}

describe('bridge handlers validate their arguments', () => {
  const handlers = createBridgeHandlers(host());

  it.each([
    ['no argument', []],
    ['a list instead of a source', [['/tmp/a.txt']]],
    ['an unknown kind', [{ kind: 'url', url: 'https://example.org' }]],
    ['a grant id that is not an id', [{ kind: 'grant', grantId: '/tmp/a.txt' }]],
    ['a grant with paths beside it', [{ kind: 'grant', grantId: '5b0b7f0e-2c7c-4a4e-9d7e-3f1f4f1b2a10', path: '/etc' }]],
    ['bytes that are not bytes', [{ kind: 'files', files: [{ name: 'a.txt', bytes: 'hello' }] }]],
    ['a dropped file with a path', [{ kind: 'files', files: [{ name: 'a.txt', bytes: new Uint8Array(1), path: '/etc' }] }]],
    ['an unknown field', [{ kind: 'sample', dir: '/etc' }]],
    ['an extra argument', [{ kind: 'sample' }, 'more']],
  ])('import:start refuses %s', async (_what, args) => {
    const result = await handlers['import:start'](...args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-argument');
  });

  it('import:start caps dropped files by bytes as well as by count, in main', async () => {
    const half = DROPPED_BYTES_PER_CALL / 2;
    const tooManyBytes = [
      { name: 'a.html', bytes: new Uint8Array(half) },
      { name: 'b.html', bytes: new Uint8Array(half + 1) },
    ];
    const refused = await handlers['import:start']({ kind: 'files', files: tooManyBytes });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!refused.ok) expect(refused.error.message).toContain('Too many bytes in one call');
    const tooMany = Array.from({ length: DROPPED_FILES_PER_CALL + 1 }, (_, i) => ({ name: `${i}.txt`, bytes: new Uint8Array(1) }));
    expect(await handlers['import:start']({ kind: 'files', files: tooMany })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('import:choose accepts only files or folder', async () => {
    expect(await handlers['import:choose']('everything')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['import:choose']()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('import:next and import:cancel need a job id; an unknown job is not found, cancelling it is harmless', async () => {
    expect(await handlers['import:next']()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['import:next'](42)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['import:next']('no-such-job')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This import is no longer running.', reason: { code: 'importNotRunning' } },
    });
    expect(await handlers['import:cancel']('no-such-job')).toEqual({ ok: true, value: null });
    expect(await handlers['import:cancel']({})).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('calls without arguments refuse arguments', async () => {
    const result = await handlers['app:getInfo']('anything');
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'This call takes no arguments.', path: [] } });
    expect(await handlers['import:next']('a', 'b')).toMatchObject({ error: { message: 'This call takes 1 argument.' } });
    expect(await handlers['app:getInfo']()).toMatchObject({ ok: true, value: { name: 'Offprint' } });
  });

  it('app:getInfo tells the page no path, even when the host knows one', async () => {
    const info = { name: 'Offprint', version: '1.2.3', platform: 'linux', userData: '/home/reader/.config/Offprint' };
    const handlers = createBridgeHandlers({ ...host(), appInfo: info });
    expect(await handlers['app:getInfo']()).toEqual({ ok: true, value: { name: 'Offprint', version: '1.2.3', platform: 'linux' } });
  });

  it('app:reportContextMenu keeps a valid report for the native context menu and refuses anything else', async () => {
    const reports = new ContextMenuReports();
    const handlers = createBridgeHandlers(host(), undefined, undefined, reports);
    for (const bad of [[], [{ x: 1, y: 2 }], [{ x: 1.5, y: 2, articleSelection: true }], [{ x: 1, y: 2, articleSelection: 'yes' }], [{ x: 1, y: 2, articleSelection: true, text: 'x' }]]) {
      expect(await handlers['app:reportContextMenu'](...bad)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(reports.takeArticleSelection(1, 2)).toBe(false);
    // Kept before the call's promise settles: main's context-menu event may come right after the message.
    const answer = handlers['app:reportContextMenu']({ x: 1, y: 2, articleSelection: true });
    expect(reports.takeArticleSelection(1, 2)).toBe(true);
    expect(await answer).toEqual({ ok: true, value: null });
  });

  it('a cancelled dialog is not an error', async () => {
    expect(await handlers['import:choose']('files')).toEqual({ ok: true, value: null });
  });
});

describe('import jobs over the bridge', () => {
  it('asks the host for files or a folder, and gives the page a grant with names, never the paths', async () => {
    const chooseImportPaths = vi.fn(async (mode: 'files' | 'folder') => (mode === 'folder' ? ['/home/me/articles'] : []));
    const handlers = createBridgeHandlers(host({ chooseImportPaths }));
    const chosen = await handlers['import:choose']('folder');
    expect(chosen).toEqual({ ok: true, value: { grantId: expect.stringMatching(/^[0-9a-f-]{36}$/), names: ['articles'], mode: 'folder' } });
    expect(JSON.stringify(chosen)).not.toContain('/home/me');
    expect(await handlers['import:choose']('files')).toEqual({ ok: true, value: null });
    expect(chooseImportPaths.mock.calls).toEqual([['folder'], ['files']]);
  });

  it('starts a job, hands over its chunks until done, then forgets it', async () => {
    const handlers = createBridgeHandlers(host());
    const started = await handlers['import:start']({ kind: 'sample' });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value.progress.done).toBe(false);
    const titles: string[] = [];
    for (;;) {
      const chunk = await handlers['import:next'](started.value.jobId);
      if (!chunk.ok) throw new Error(chunk.error.message);
      titles.push(...chunk.value.articles.map((a) => a.meta.title));
      if (chunk.value.progress.done) {
        expect(chunk.value.progress).toMatchObject({ found: 5, processed: 5, done: true });
        break;
      }
    }
    expect(titles).toHaveLength(5);
    expect(await handlers['import:next'](started.value.jobId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('import:start on / does not walk the disk: the job ends at once with the reason in its report', async () => {
    const handlers = createBridgeHandlers(host({ chooseImportPaths: async () => ['/'] }));
    const chosen = await handlers['import:choose']('folder');
    if (!chosen.ok || !chosen.value) throw new Error('no grant');
    const started = await handlers['import:start']({ kind: 'grant', grantId: chosen.value.grantId });
    if (!started.ok) throw new Error(started.error.message);
    const chunk = await handlers['import:next'](started.value.jobId);
    if (!chunk.ok) throw new Error(chunk.error.message);
    expect(chunk.value.articles).toEqual([]);
    expect(chunk.value.failures).toEqual([{ path: '/', code: 'wholeDisk', reason: 'Offprint does not import a whole disk: choose the folder that holds your articles.' }]);
    expect(chunk.value.progress.done).toBe(true);
  });

  it('a cancelled job hands over nothing more', async () => {
    const handlers = createBridgeHandlers(host());
    const started = await handlers['import:start']({ kind: 'files', files: [{ name: 'a.md', bytes: new TextEncoder().encode('# A') }] });
    if (!started.ok) throw new Error(started.error.message);
    expect(await handlers['import:cancel'](started.value.jobId)).toEqual({ ok: true, value: null });
    expect(await handlers['import:next'](started.value.jobId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('main reads only what the person chose', () => {
  const sample = join(process.cwd(), 'resources', 'sample-library');

  it('refuses paths the page names, files or folders, before reading anything', async () => {
    const chooseImportPaths = vi.fn(async () => null);
    const handlers = createBridgeHandlers(host({ chooseImportPaths }));
    for (const paths of [['/home/me/diary.md'], [sample], ['/etc/shadow']]) {
      expect(await handlers['import:start']({ kind: 'paths', paths })).toEqual({ ok: false, error: { code: 'forbidden', message: PATHS_REFUSED.reason, reason: { code: 'importPathsRefused' } } });
    }
    expect(chooseImportPaths).not.toHaveBeenCalled();
  });

  it('refuses a grant main never gave out, and a grant used once already', async () => {
    const handlers = createBridgeHandlers(host({ chooseImportPaths: async () => [sample] }));
    expect(await handlers['import:start']({ kind: 'grant', grantId: '5b0b7f0e-2c7c-4a4e-9d7e-3f1f4f1b2a10' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: GRANT_UNKNOWN.reason, reason: { code: 'importChoiceExpired' } },
    });
    const chosen = await handlers['import:choose']('folder');
    if (!chosen.ok || !chosen.value) throw new Error('no grant');
    const first = await handlers['import:start']({ kind: 'grant', grantId: chosen.value.grantId });
    expect(first.ok).toBe(true);
    if (first.ok) await handlers['import:cancel'](first.value.jobId);
    expect(await handlers['import:start']({ kind: 'grant', grantId: chosen.value.grantId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('hands over files opened with the app once, as one grant, and null when none wait', async () => {
    const openedFiles = new OpenedFiles();
    const handlers = createBridgeHandlers(host({ openedFiles }));
    expect(await handlers['import:takeOpened']()).toEqual({ ok: true, value: null });
    openedFiles.add([join(sample, 'a.md'), join(sample, 'b.md')]);
    openedFiles.add([join(sample, 'a.md')]);
    expect(await handlers['import:takeOpened']()).toMatchObject({ ok: true, value: { names: ['a.md', 'b.md'], mode: 'files' } });
    expect(await handlers['import:takeOpened']()).toEqual({ ok: true, value: null });
    expect(await handlers['import:takeOpened']('more')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('grants dropped paths only as absolute paths (the preload sends what Electron knows for real dropped files)', async () => {
    const handlers = createBridgeHandlers(host());
    expect(await handlers['files:grantDroppedPaths'](['relative/a.md'])).toEqual({ ok: true, value: null });
    expect(await handlers['files:grantDroppedPaths']('/etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['files:grantDroppedPaths']([join(sample, 'x.md')])).toMatchObject({ ok: true, value: { names: ['x.md'] } });
  });
});

describe('shell:openExternal', () => {
  it('opens checked web links a person clicked and confirmed, and refuses everything else without opening it', async () => {
    const h = host({ lastUserGestureAt: () => Date.now(), confirmOpenExternal: async () => ({ open: true, alwaysOpenSite: false }) });
    const handlers = createBridgeHandlers(h);
    expect(await handlers['shell:openExternal']('https://example.org/a')).toEqual({ ok: true, value: null });
    expect(h.openExternal).toHaveBeenCalledWith('https://example.org/a');
    const refused = await handlers['shell:openExternal']('file:///etc/passwd');
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('an unexpected failure', () => {
  it('becomes a plain internal error, without the stack', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = createBridgeHandlers(
      host({
        chooseImportPaths: async () => {
          throw new Error('disk on fire at /secret/path');
        },
      }),
    );
    const result = await handlers['import:choose']('files');
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Choosing what to import failed unexpectedly. Nothing was changed.', reason: { code: 'unexpectedFailure' } },
    });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
