/** Every bridge call is validated in main: bad arguments get a typed error, never a throw or a stack trace. */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, type BridgeHost } from '../../../../src-main/services/bridge-handlers';
import { NO_LINK_HOST } from './support/link-host';
import { TEST_STORAGE } from './support/storage-host';
import { DROPPED_BYTES_PER_CALL, DROPPED_FILES_PER_CALL } from '../../../../src-shared/import/dropped-files';

function host(over: Partial<BridgeHost> = {}): BridgeHost {
  return {
    chooseImportPaths: async () => null,
    chooseExportPath: async () => null,
    importWorkerScript: null,
    ...NO_LINK_HOST,
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
    ['paths that are not a list', [{ kind: 'paths', paths: '/tmp/a.txt' }]],
    ['an empty list of paths', [{ kind: 'paths', paths: [] }]],
    ['a path that is a number', [{ kind: 'paths', paths: [42] }]],
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

  it('import:choosePaths accepts only files or folder', async () => {
    expect(await handlers['import:choosePaths']('everything')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['import:choosePaths']()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('import:next and import:cancel need a job id; an unknown job is not found, cancelling it is harmless', async () => {
    expect(await handlers['import:next']()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['import:next'](42)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['import:next']('no-such-job')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This import is no longer running.' },
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

  it('a cancelled dialog is not an error', async () => {
    expect(await handlers['import:choosePaths']('files')).toEqual({ ok: true, value: null });
  });
});

describe('import jobs over the bridge', () => {
  it('asks the host for files or a folder', async () => {
    const chooseImportPaths = vi.fn(async (mode: 'files' | 'folder') => (mode === 'folder' ? ['/home/me/articles'] : []));
    const handlers = createBridgeHandlers(host({ chooseImportPaths }));
    expect(await handlers['import:choosePaths']('folder')).toEqual({ ok: true, value: ['/home/me/articles'] });
    expect(await handlers['import:choosePaths']('files')).toEqual({ ok: true, value: null });
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
        expect(chunk.value.progress).toEqual({ found: 5, processed: 5, done: true });
        break;
      }
    }
    expect(titles).toHaveLength(5);
    expect(await handlers['import:next'](started.value.jobId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('import:start on / does not walk the disk: the job ends at once with the reason in its report', async () => {
    const handlers = createBridgeHandlers(host());
    const started = await handlers['import:start']({ kind: 'paths', paths: ['/'] });
    if (!started.ok) throw new Error(started.error.message);
    const chunk = await handlers['import:next'](started.value.jobId);
    if (!chunk.ok) throw new Error(chunk.error.message);
    expect(chunk.value.articles).toEqual([]);
    expect(chunk.value.failures).toEqual([{ path: '/', reason: 'Offprint does not import a whole disk: choose the folder that holds your articles.' }]);
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
    const result = await handlers['import:choosePaths']('files');
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Choosing what to import failed unexpectedly. Nothing was changed.' },
    });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
