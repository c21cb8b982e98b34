/**
 * The profile's Backups folder: its bundles listed (newest first, with their counts) and a backup named by its id
 * (its file name) resolved to its path. An id is a plain `.offprint` file name: no folder separators, no `..`, no
 * leading dot (temporary files are `.name.partial`), so the renderer can never name a file outside the folder.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry } from '../../../src-shared/contract';
import { BUNDLE_EXTENSION } from '../bundle/manifest';
import { readBundleContents } from './bundle-contents';

const MAX_ID_LENGTH = 255;

/** Why this is not a backup id, or null when it is one. */
export function backupIdProblem(id: string): string | null {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return 'A backup is named by its file name.';
  if (/[/\\:\0]/.test(id) || id.includes('..') || id.startsWith('.')) return 'A backup is named by its file name, not a path.';
  if (!id.toLowerCase().endsWith(BUNDLE_EXTENSION)) return `A backup is an ${BUNDLE_EXTENSION} file.`;
  return null;
}

/** The path of the backup with this id; throws when the id is not a plain backup file name. */
export function backupPath(backupsDir: string, id: string): string {
  const problem = backupIdProblem(id);
  if (problem) throw new Error(problem);
  const resolved = path.join(backupsDir, id);
  if (path.dirname(resolved) !== path.resolve(backupsDir)) throw new Error('A backup is named by its file name, not a path.');
  return resolved;
}

/** A bundle in the folder described from its own manifest and notes (one the backup service did not record). */
export async function describeBackup(backupsDir: string, id: string): Promise<BackupEntry | null> {
  const file = path.join(backupsDir, id);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const fallback: BackupEntry = { id, createdAt: info.mtime.toISOString(), articleCount: 0, noteCount: 0, bytes: info.size, verified: false };
  try {
    const contents = await readBundleContents(file, id);
    const whole = contents.failures.length === 0 && contents.manifest.articleCount === contents.folderCount;
    return {
      ...fallback,
      createdAt: new Date(contents.manifest.created).toISOString(),
      articleCount: contents.manifest.articleCount,
      noteCount: contents.notes.length,
      verified: whole && contents.articles.length === contents.folderCount,
    };
  } catch {
    return fallback;
  }
}

/** Every backup in the folder, newest first; none when the folder does not exist yet. */
export async function listBackups(backupsDir: string): Promise<BackupEntry[]> {
  const names = await readdir(backupsDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const entries: BackupEntry[] = [];
  for (const name of names.filter((n) => backupIdProblem(n) === null)) {
    const entry = await describeBackup(backupsDir, name);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
}

/** The newest backup main could verify whole, or null: what the version guard offers to open read-only. */
export async function latestVerifiedBackup(backupsDir: string): Promise<BackupEntry | null> {
  return (await listBackups(backupsDir)).find((entry) => entry.verified) ?? null;
}
