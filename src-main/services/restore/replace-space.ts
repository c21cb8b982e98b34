/**
 * The free space a Replace needs, asked before it writes anything: the bundle restored beside the library (a
 * staging database, in the profile, until the switch lets the old library go) and the backup of the library made
 * first (in the backup folder): about two libraries. Each disk must hold what goes on it and the reserve kept
 * free for the library; two folders on one disk add up. The answer is numbers: the renderer says it in the
 * interface language.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RestoreSpace } from '../../../src-shared/contract';
import { RESERVE_BYTES } from '../backup/disk-space';
import type { StorageHost } from '../backup/storage-host';

/** In IndexedDB an article is its body and its text beside the bundle's images: about twice the bundle. */
const STAGING_FACTOR = 2;
/** A zip of text is rarely larger than the text; images are stored as they are (as the backup service reckons). */
const BACKUP_MARGIN = 1.1;

/** The folder, or its nearest parent that exists (the backup folder is made only when a backup is written). */
async function existing(folder: string): Promise<{ folder: string; device: number | null }> {
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    try {
      return { folder: at, device: (await stat(at)).dev };
    } catch {
      if (path.dirname(at) === at) return { folder, device: null };
    }
  }
}

export async function replaceSpace(
  storage: Pick<StorageHost, 'freeBytes' | 'profileDir'>,
  bundleBytes: number,
  backupFolder: string,
  libraryBytes: number,
): Promise<RestoreSpace> {
  const needs = [
    { ...(await existing(storage.profileDir)), bytes: bundleBytes * STAGING_FACTOR },
    { ...(await existing(backupFolder)), bytes: libraryBytes * BACKUP_MARGIN },
  ];
  const disks = new Map<number | string, { folder: string; bytes: number }>();
  for (const need of needs) {
    const key = need.device ?? need.folder;
    const disk = disks.get(key);
    disks.set(key, { folder: disk?.folder ?? need.folder, bytes: (disk?.bytes ?? 0) + need.bytes });
  }
  for (const disk of disks.values()) {
    let free: number;
    try {
      free = await storage.freeBytes(disk.folder);
    } catch {
      // A disk that cannot be asked (a network share): the writes themselves will say if it runs out.
      continue;
    }
    const neededBytes = Math.ceil(disk.bytes) + RESERVE_BYTES;
    if (free < neededBytes) return { enough: false, neededBytes, freeBytes: Math.max(0, free) };
  }
  return { enough: true };
}
