/** Every bridge call is validated in main: bad arguments get a typed error, never a throw or a stack trace. */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, type BridgeHost } from '../../../src-main/services/bridge-handlers';

function host(over: Partial<BridgeHost> = {}): BridgeHost {
  return {
    chooseImportPaths: async () => null,
    chooseExportPath: async () => null,
    importWorkerScript: null,
    openExternal: vi.fn(async () => undefined),
    sampleLibraryDir: join(process.cwd(), 'resources', 'sample-library'),
    appInfo: { name: 'Offprint', version: '0.0.0', platform: 'linux', dataPath: '/tmp/x' },
    ...over,
  };
}

describe('bridge handlers validate their arguments', () => {
  const handlers = createBridgeHandlers(host());

  it.each([
    ['no argument', []],
    ['a string instead of a list', ['/tmp/a.txt']],
    ['an empty list', [[]]],
    ['a list with a number', [[42]]],
    ['an extra argument', [['/tmp/a.txt'], 'more']],
  ])('import:parsePaths refuses %s', async (_what, args) => {
    const result = await handlers['import:parsePaths'](...args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-argument');
  });

  it('import:parseFiles refuses bytes that are not bytes, and unknown fields', async () => {
    const asString = await handlers['import:parseFiles']([{ name: 'a.txt', bytes: 'hello' }]);
    expect(asString.ok).toBe(false);
    const extra = await handlers['import:parseFiles']([{ name: 'a.txt', bytes: new Uint8Array(1), path: '/etc' }]);
    expect(extra.ok).toBe(false);
  });

  it('calls without arguments refuse arguments', async () => {
    const result = await handlers['app:getInfo']('anything');
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'This call takes no arguments.' } });
    expect(await handlers['app:getInfo']()).toMatchObject({ ok: true, value: { name: 'Offprint' } });
  });

  it('a cancelled dialog is not an error', async () => {
    expect(await handlers['import:chooseAndParse']()).toEqual({ ok: true, value: null });
  });
});

describe('shell:openExternal', () => {
  it('opens checked web links and refuses everything else without opening it', async () => {
    const h = host();
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
    const result = await handlers['import:chooseAndParse']();
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Import failed unexpectedly. Nothing was changed.' },
    });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
