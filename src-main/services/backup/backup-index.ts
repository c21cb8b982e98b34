/**
 * `.offprint-backups.json` in the backup folder: what main learnt of each backup when it wrote and verified it
 * (notes counted, verified), by file name, so that listing the backups opens none of them. A backup not in it
 * (copied in by hand, or made on another computer into a synced folder) is listed from its name and size, as not
 * verified.
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-store';

export const INDEX_FILE = '.offprint-backups.json';

const recordSchema = z.object({ noteCount: z.number().int().min(0), verified: z.boolean() });
const indexSchema = z.object({ version: z.literal(1), backups: z.record(z.string().max(255), recordSchema) });

export type BackupRecord = z.infer<typeof recordSchema>;
type BackupIndex = z.infer<typeof indexSchema>;

const empty = (): BackupIndex => ({ version: 1, backups: {} });

export function readBackupIndex(folder: string): Promise<BackupIndex> {
  return readJsonFile(path.join(folder, INDEX_FILE), indexSchema, empty());
}

/** Records `added` (when given) and forgets every file not in `present`. */
export async function updateBackupIndex(folder: string, present: readonly string[], added?: { id: string; record: BackupRecord }): Promise<void> {
  const index = await readBackupIndex(folder);
  const backups: Record<string, BackupRecord> = {};
  for (const id of present) {
    const record = index.backups[id];
    if (record) backups[id] = record;
  }
  if (added) backups[added.id] = added.record;
  await writeJsonFile(path.join(folder, INDEX_FILE), { version: 1, backups });
}
