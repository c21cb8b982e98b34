/**
 * The backup under way and the last known status, shared by File → Back Up Now, the schedule and the Backups
 * dialog. One backup at a time: a request while one runs is ignored.
 */
import type { BackupReason, BackupStatus } from '../../../../src-shared/contract';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { runBackup } from './run-backup';
import { valueStore } from '../../ui/value-store';

export type BackupRun =
  | { phase: 'idle' }
  | { phase: 'busy'; reason: BackupReason; done: number; total: number }
  | { phase: 'done'; reason: BackupReason; articleCount: number; createdAt: string }
  | { phase: 'error'; reason: BackupReason; message: string; error: unknown };

export interface BackupState {
  run: BackupRun;
  status: BackupStatus | null;
  /** Counts File → Backups… requests: the dialog opens at each new one. */
  dialogRequests: number;
}

const store = valueStore<BackupState>({ run: { phase: 'idle' }, status: null, dialogRequests: 0 });

function set(next: Partial<BackupState>): void {
  store.set({ ...store.get(), ...next });
}

export const useBackupState = store.use;
export const currentBackupState = store.get;

export async function refreshBackupStatus(): Promise<BackupStatus> {
  const status = unwrap(await bridge().backup.status());
  set({ status });
  return status;
}

export function openBackupsDialog(): void {
  set({ dialogRequests: store.get().dialogRequests + 1 });
}

export function dismissBackupRun(): void {
  if (store.get().run.phase !== 'busy') set({ run: { phase: 'idle' } });
}

/** Makes a backup now; resolves when it is done or failed (never throws: the state says which). */
export async function backUp(db: OffprintDatabase, reason: BackupReason): Promise<void> {
  if (store.get().run.phase === 'busy') return;
  set({ run: { phase: 'busy', reason, done: 0, total: 0 } });
  try {
    const finished = await runBackup(bridge(), db, reason, (done, total) => set({ run: { phase: 'busy', reason, done, total } }));
    set({ run: { phase: 'done', reason, articleCount: finished.backup.articleCount, createdAt: finished.backup.createdAt } });
  } catch (error) {
    set({ run: { phase: 'error', reason, message: errorMessage(error), error } });
  }
  await refreshBackupStatus().catch(() => undefined);
}
