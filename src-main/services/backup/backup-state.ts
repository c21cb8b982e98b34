/**
 * `backup-state.json` in the profile: the folder the person chose for backups (null: the profile's `Backups/`),
 * the last verified backup (its file, time, the library's change stamp, and the app and Electron versions that
 * made it) and the last failure. Only main reads and writes it; the renderer sees a BackupStatus, never a path.
 */
import path from 'node:path';
import { z } from 'zod';
import type { CodedReason } from '../../../src-shared/contract';
import { readJsonFile, writeJsonFile } from './json-store';

export const STATE_FILE = 'backup-state.json';
export const DEFAULT_FOLDER = 'Backups';

const versions = z.object({ app: z.string().max(100), electron: z.string().max(100) });

/** A failure's code and values (a value may be a cause, itself coded), as the interface shows it. */
const codedReason: z.ZodType<CodedReason> = z.lazy(() =>
  z.object({
    code: z.string().min(1).max(100),
    params: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), codedReason])).optional(),
  }),
);

const stateSchema = z.object({
  version: z.literal(1),
  folder: z.string().min(1).max(4096).nullable(),
  lastBackup: z
    .object({ id: z.string().min(1).max(255), at: z.string().max(40), stamp: z.string().max(200), versions })
    .nullable(),
  lastFailure: z.object({ at: z.string().max(40), message: z.string().max(2000), reason: codedReason.optional() }).nullable(),
});

export type BackupState = z.infer<typeof stateSchema>;
export type Versions = z.infer<typeof versions>;

export const EMPTY_STATE: Readonly<BackupState> = Object.freeze({ version: 1, folder: null, lastBackup: null, lastFailure: null });

export class BackupStateFile {
  constructor(private readonly profileDir: string) {}

  get file(): string {
    return path.join(this.profileDir, STATE_FILE);
  }

  /** The folder backups go to: the chosen one, else the profile's Backups/. */
  folderOf(state: BackupState): string {
    return state.folder ?? path.join(this.profileDir, DEFAULT_FOLDER);
  }

  read(): Promise<BackupState> {
    return readJsonFile(this.file, stateSchema, { ...EMPTY_STATE });
  }

  async update(change: (state: BackupState) => BackupState): Promise<BackupState> {
    const next = change(await this.read());
    await writeJsonFile(this.file, next);
    return next;
  }
}
