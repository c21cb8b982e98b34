/**
 * Backups (contract: src-shared/contract/backup.ts): every argument validated, every failure a plain message
 * (`no-space` when the disk is too full, before anything was written). The folder and file names are main's own.
 */
import type { InvokeHandlers } from '../../../src-shared/contract';
import { BackupFailure, type BackupService } from '../backup/backup-service';
import { reason } from '../import/reason';
import { failBecause, guarded, ok, parseChannelArgs, type Failure } from './result';

/** The backup service's channels; `backup:showFolder` is restore's (restore-handlers.ts), beside the guard. */
type BackupChannels = Exclude<Extract<keyof InvokeHandlers, `backup:${string}`>, 'backup:showFolder'>;


function failure(error: unknown): Failure {
  if (error instanceof BackupFailure) return failBecause(error.noSpace ? 'no-space' : 'io', error.failure);
  throw error;
}

export function backupHandlers(backups: BackupService): Pick<InvokeHandlers, BackupChannels> {
  return {
    'backup:begin': (...args) =>
      guarded('Backup', async () => {
        const parsed = parseChannelArgs('backup:begin', args);
        if (!parsed.ok) return parsed;
        return backups.begin(parsed.value[0]).then(ok, failure);
      }),
    'backup:add': (...args) =>
      guarded('Backup', async () => {
        const parsed = parseChannelArgs('backup:add', args);
        if (!parsed.ok) return parsed;
        const [id, articles] = parsed.value;
        if (!backups.isOpen(id)) return failBecause('not-found', reason('backupNotOpen'));
        return backups.add(id, articles).then(() => ok(null), failure);
      }),
    'backup:finish': (...args) =>
      guarded('Backup', async () => {
        const parsed = parseChannelArgs('backup:finish', args);
        if (!parsed.ok) return parsed;
        const [id, library, stamp] = parsed.value;
        if (!backups.isOpen(id)) return failBecause('not-found', reason('backupNotOpen'));
        return backups.finish(id, library, stamp).then(ok, failure);
      }),
    'backup:abort': (...args) =>
      guarded('Backup', async () => {
        const parsed = parseChannelArgs('backup:abort', args);
        if (!parsed.ok) return parsed;
        await backups.abort(parsed.value[0]);
        return ok(null);
      }),
    'backup:list': (...args) =>
      guarded('Listing the backups', async () => {
        const parsed = parseChannelArgs('backup:list', args);
        return parsed.ok ? ok(await backups.list()) : parsed;
      }),
    'backup:status': (...args) =>
      guarded('Reading the backup status', async () => {
        const parsed = parseChannelArgs('backup:status', args);
        return parsed.ok ? ok(await backups.status()) : parsed;
      }),
    'backup:chooseFolder': (...args) =>
      guarded('Choosing the backup folder', async () => {
        const parsed = parseChannelArgs('backup:chooseFolder', args);
        if (!parsed.ok) return parsed;
        return backups.chooseFolder().then(ok, failure);
      }),
    'backup:useDefaultFolder': (...args) =>
      guarded('Choosing the backup folder', async () => {
        const parsed = parseChannelArgs('backup:useDefaultFolder', args);
        return parsed.ok ? ok(await backups.useDefaultFolder()) : parsed;
      }),
  };
}
