/** A low disk stops an import and an export before anything is read or written, with the figures in the message. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBridgeHandlers, type BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { NO_LINK_HOST } from '../support/link-host';
import { TEST_STORAGE } from '../support/storage-host';
import { NO_RESTORE_HOST } from '../support/restore-host';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function lowDiskHandlers(freeBytes: number, exportTo: string) {
  const host: BridgeHost = {
    chooseImportPaths: async () => null,
    chooseExportPath: async () => exportTo,
    ...NO_LINK_HOST,
    ...NO_RESTORE_HOST,
    openedFiles: new OpenedFiles(),
    storage: { ...TEST_STORAGE, freeBytes: async () => freeBytes },
    openExternal: async () => undefined,
    sampleLibraryDir: join(process.cwd(), 'resources', 'sample-library'),
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: '0.0.0', platform: 'linux' },
  };
  return createBridgeHandlers(host);
}

describe('free space before an import or an export', () => {
  it('refuses an export when the disk is low, before the file is created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offprint-low-disk-'));
    dirs.push(dir);
    const handlers = lowDiskHandlers(50 * 1024 * 1024, join(dir, 'Library.offprint'));
    const result = await handlers['export:begin']({ title: 'Library', suggestedName: 'Library.offprint', estimatedBytes: 10 * 1024 * 1024 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'no-space',
        message: expect.stringMatching(/^The export needs about 210 MB .* only 50 MB is free\. Nothing was written\./),
        reason: { code: 'noSpaceExport', params: { needed: '210 MB', free: '50 MB' } },
      },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an import when the profile’s disk is low, before a job starts', async () => {
    const handlers = lowDiskHandlers(1024 * 1024, '/nowhere');
    const result = await handlers['import:start']({ kind: 'sample' });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-space', message: expect.stringMatching(/^The import needs about/) } });
    expect(existsSync(TEST_STORAGE.profileDir)).toBe(false);
  });

  it('lets them run with room to spare', async () => {
    const handlers = lowDiskHandlers(10 * 1024 ** 3, '/nowhere');
    const result = await handlers['import:start']({ kind: 'sample' });
    expect(result.ok).toBe(true);
    if (result.ok) await handlers['import:cancel'](result.value.jobId);
  });
});
