/**
 * Free space, checked in main before a backup, an import or an export writes anything: the operation stops with a
 * message naming what is needed and what is free when the disk cannot hold it plus a reserve, so that the library
 * (IndexedDB, on the same disk as the profile) is never the one left without room.
 */
import { formatSize } from '../../../src-shared/format/format';
import type { StorageHost } from './storage-host';

/** Always left free: Chromium's own files, the library's next writes, the system. */
export const RESERVE_BYTES = 200 * 1024 * 1024;

export type SpaceCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether `folder`'s disk holds `neededBytes` more and still the reserve. `what` names the operation in the
 * message ("The backup", "The import").
 */
export async function checkFreeSpace(host: Pick<StorageHost, 'freeBytes'>, folder: string, neededBytes: number, what: string): Promise<SpaceCheck> {
  let free: number;
  try {
    free = await host.freeBytes(folder);
  } catch {
    // A folder whose disk cannot be asked (a network share): the write itself will say if it runs out.
    return { ok: true };
  }
  const needed = Math.max(0, Math.ceil(neededBytes)) + RESERVE_BYTES;
  if (free >= needed) return { ok: true };
  return {
    ok: false,
    message:
      `${what} needs about ${formatSize(needed)} of free disk space (with a reserve for the library), but only ` +
      `${formatSize(Math.max(0, free))} is free. Nothing was written. Free some space and try again.`,
  };
}
