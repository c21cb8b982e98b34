/**
 * The free space a Replace needs (services/restore/replace-space.ts): about two libraries, the restored one and
 * the library's backup, each on its own disk with the reserve, adding up when both are on one disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESERVE_BYTES } from '../../../../../src-main/services/backup/disk-space';
import { replaceSpace } from '../../../../../src-main/services/restore/replace-space';

const MB = 1024 * 1024;
let profileDir = '';

beforeEach(() => {
  profileDir = mkdtempSync(join(tmpdir(), 'offprint-replace-space-'));
});

afterEach(() => {
  rmSync(profileDir, { recursive: true, force: true });
});

function storage(free: number, asked: string[] = []) {
  return {
    profileDir,
    freeBytes: async (folder: string) => {
      asked.push(folder);
      return free;
    },
  };
}

describe('replaceSpace', () => {
  it('needs twice the bundle for the restored library and the library again for its backup, with the reserve, on one disk', async () => {
    const backups = join(profileDir, 'Backups');
    const needed = Math.ceil(2 * 100 * MB + 1.1 * 50 * MB) + RESERVE_BYTES;
    expect(await replaceSpace(storage(needed), 100 * MB, backups, 50 * MB)).toEqual({ enough: true });
    expect(await replaceSpace(storage(needed - 1), 100 * MB, backups, 50 * MB)).toEqual({
      enough: false,
      neededBytes: needed,
      freeBytes: needed - 1,
    });
  });

  it('asks an existing folder: the backup folder not made yet is counted on the disk of its parent', async () => {
    const asked: string[] = [];
    const result = await replaceSpace(storage(RESERVE_BYTES - 1, asked), 0, join(profileDir, 'Backups', 'not yet'), 0);
    expect(result).toEqual({ enough: false, neededBytes: RESERVE_BYTES, freeBytes: RESERVE_BYTES - 1 });
    expect(asked).toEqual([profileDir]);
  });

  it('says there is room when a disk cannot be asked', async () => {
    const failing = { profileDir, freeBytes: async () => Promise.reject(new Error('ENOSYS')) };
    expect(await replaceSpace(failing, 100 * MB, profileDir, 100 * MB)).toEqual({ enough: true });
  });
});
