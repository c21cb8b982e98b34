/**
 * Free space, checked in main before a backup, an import or an export writes anything: the operation stops with a
 * message naming what is needed and what is free when the disk cannot hold it plus a reserve, so that the library
 * (IndexedDB, on the same disk as the profile) is never the one left without room.
 */
import { formatSize } from '../../../src-shared/format/format';
import { reason, type FailureReason } from '../import/reason';
import type { StorageHost } from './storage-host';

/** Always left free: Chromium's own files, the library's next writes, the system. */
export const RESERVE_BYTES = 200 * 1024 * 1024;

export type SpaceCheck = { ok: true } | ({ ok: false } & FailureReason);

/** The operation that needs the space: each has its own sentence (`noSpaceBackup`, …). */
export type SpaceUse = 'backup' | 'import' | 'export';

const SPACE_CODES = { backup: 'noSpaceBackup', import: 'noSpaceImport', export: 'noSpaceExport' } as const;

/** Whether `folder`'s disk holds `neededBytes` more and still the reserve; the message names the operation. */
export async function checkFreeSpace(host: Pick<StorageHost, 'freeBytes'>, folder: string, neededBytes: number, what: SpaceUse): Promise<SpaceCheck> {
  let free: number;
  try {
    free = await host.freeBytes(folder);
  } catch {
    // A folder whose disk cannot be asked (a network share): the write itself will say if it runs out.
    return { ok: true };
  }
  const needed = Math.max(0, Math.ceil(neededBytes)) + RESERVE_BYTES;
  if (free >= needed) return { ok: true };
  return { ok: false, ...reason(SPACE_CODES[what], { needed: formatSize(needed), free: formatSize(Math.max(0, free)) }) };
}
