/**
 * The files of a backup folder: backups are recognised by their names alone (backup-name.ts); rotation removes
 * only those, never another file the person keeps there; half-written files left by a crash (`.<name>.partial`)
 * are removed before the next backup starts.
 */
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseBackupFileName, type ParsedBackupName } from '../../../src-shared/backup/backup-name';

export interface BackupFile extends ParsedBackupName {
  id: string;
  bytes: number;
}

const PARTIAL = /^\.Offprint .*\.offprint\.[0-9a-f]{8}\.partial$/;

async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/** The backups in the folder, newest first (of two made in the same second, the later attempt first). */
export async function listBackupFiles(folder: string): Promise<BackupFile[]> {
  const found: BackupFile[] = [];
  for (const id of await names(folder)) {
    const parsed = parseBackupFileName(id);
    if (!parsed) continue;
    const info = await stat(path.join(folder, id)).catch(() => null);
    if (info?.isFile()) found.push({ id, bytes: info.size, ...parsed });
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.attempt - a.attempt);
}

/** Removes what an interrupted backup left; returns how many files. */
export async function removePartialBackups(folder: string): Promise<number> {
  let removed = 0;
  for (const name of await names(folder)) {
    if (!PARTIAL.test(name)) continue;
    await unlink(path.join(folder, name)).then(() => (removed += 1), () => undefined);
  }
  return removed;
}
