/**
 * Backups and restoring: the Backups folder's list, a bundle chosen in main's open dialog (held as a grant), what a
 * bundle holds (for the preview), reading it as an import job (its chunks come from `import:next`), and the
 * safety backup a Replace writes first (an export into the Backups folder). The renderer names a backup by its
 * file name and any other bundle by its grant: never by a path.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  ImportJobStarted,
  InvokeHandlers,
  Result,
  ReadOnlyBackupStarted,
  RestoreContents,
  RestoreFileChosen,
  RestoreSource,
  RestoreSpace,
  SafetyBackupStarted,
} from '../../../src-shared/contract';
import { BACKUP_ARCHIVE_LIMITS } from '../bundle/archive-limits';
import type { ExportSessions } from '../bundle/export-sessions';
import { BUNDLE_EXTENSION } from '../bundle/manifest';
import { writeErrorReason } from '../bundle/write-error-reason';
import { TooManyJobsError, type ImportJobRegistry } from '../import-job';
import { reason } from '../import/reason';
import { backupIdProblem, backupPath, latestVerifiedBackup } from '../restore/backups-folder';
import { readBundleContents, restoreContents, UnreadableBundle } from '../restore/bundle-contents';
import { replaceSpace } from '../restore/replace-space';
import { PathGrants } from '../grants/path-grants';
import type { BridgeHost } from './bridge-host';
import { type Failure, fail, failBecause, guarded, ok, parseChannelArgs } from './result';

type RestoreChannels =
  | 'backup:showFolder'
  | 'restore:chooseFile'
  | 'restore:preview'
  | 'restore:start'
  | 'restore:checkSpace'
  | 'restore:beginSafetyBackup'
  | 'restore:openLatestReadOnly';

/** `2026-12-02T05-40-00Z`: a time that sorts and is a valid file name everywhere. */
function stamp(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

export function restoreHandlers(
  host: BridgeHost,
  jobs: ImportJobRegistry,
  sessions: ExportSessions,
  /** The folder backups are in now (the backup service's: the profile's Backups/ or the one the person chose). */
  backupsFolder: () => Promise<string>,
  grants = new PathGrants(),
): Pick<InvokeHandlers, RestoreChannels> {
  /** The path of a source, or the failure to answer with. `take` uses up a file's grant. */
  const resolve = async (source: RestoreSource, take: boolean): Promise<{ path: string; name: string } | Failure> => {
    if (source.kind === 'backup') {
      const problem = backupIdProblem(source.id);
      return problem ? fail('invalid-argument', problem) : { path: backupPath(await backupsFolder(), source.id), name: source.id };
    }
    const granted = (take ? grants.take(source.grantId) : grants.peek(source.grantId))?.[0];
    return granted ? { path: granted, name: path.basename(granted) } : failBecause('not-found', reason('restoreFileGone'));
  };
  /**
   * Main starts the job from the path it resolved itself; the renderer pulls it like any import. A backup of a
   * large library holds more entries than an ordinary import may: it is read within a backup's limits.
   */
  const startJob = (file: string): Result<ImportJobStarted> => {
    try {
      return ok(jobs.start({ kind: 'paths', paths: [file], archiveLimits: BACKUP_ARCHIVE_LIMITS }));
    } catch (error) {
      if (error instanceof TooManyJobsError) return failBecause('forbidden', error.failure);
      throw error;
    }
  };
  return {
    'backup:showFolder': (...args) =>
      guarded<null>('Showing the Backups folder', async () => {
        const parsed = parseChannelArgs('backup:showFolder', args);
        if (!parsed.ok) return parsed;
        const folder = await backupsFolder();
        await mkdir(folder, { recursive: true });
        await host.showFolder(folder);
        return ok(null);
      }),
    'restore:chooseFile': (...args) =>
      guarded<RestoreFileChosen | null>('Choosing a bundle', async () => {
        const parsed = parseChannelArgs('restore:chooseFile', args);
        if (!parsed.ok) return parsed;
        const chosen = await host.chooseRestoreFile();
        if (!chosen) return ok(null);
        if (!chosen.toLowerCase().endsWith(BUNDLE_EXTENSION)) return failBecause('invalid-argument', reason('restoreChooseBundle'));
        const info = await stat(chosen);
        const grant = grants.grant([path.resolve(chosen)], 'files');
        if (!grant) return failBecause('invalid-argument', reason('restoreChooseBundle'));
        return ok({ grantId: grant.grantId, name: path.basename(chosen), bytes: info.size });
      }),
    'restore:preview': (...args) =>
      guarded<RestoreContents>('Reading the backup', async () => {
        const parsed = parseChannelArgs('restore:preview', args);
        if (!parsed.ok) return parsed;
        const source = await resolve(parsed.value[0], false);
        if ('ok' in source) return source;
        try {
          return ok(restoreContents(await readBundleContents(source.path, source.name)));
        } catch (error) {
          if (error instanceof UnreadableBundle) return failBecause('io', reason('restoreCannotRead', { name: source.name, cause: error.failure }));
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return failBecause('not-found', reason('restoreFileMissing', { name: source.name }));
          throw error;
        }
      }),
    'restore:start': (...args) =>
      guarded<ImportJobStarted>('Restoring', async () => {
        const parsed = parseChannelArgs('restore:start', args);
        if (!parsed.ok) return parsed;
        const source = await resolve(parsed.value[0], true);
        if ('ok' in source) return source;
        return startJob(source.path);
      }),
    'restore:checkSpace': (...args) =>
      guarded<RestoreSpace>('Checking the free space', async () => {
        const parsed = parseChannelArgs('restore:checkSpace', args);
        if (!parsed.ok) return parsed;
        const [chosen, libraryBytes] = parsed.value;
        const source = await resolve(chosen, false);
        if ('ok' in source) return source;
        // A bundle gone since its preview is the restore's to report; its size counts for nothing here.
        const bundleBytes = await stat(source.path).then((info) => info.size, () => 0);
        return ok(await replaceSpace(host.storage, bundleBytes, await backupsFolder(), libraryBytes));
      }),
    'restore:openLatestReadOnly': (...args) =>
      guarded<ReadOnlyBackupStarted>('Opening the latest backup', async () => {
        const parsed = parseChannelArgs('restore:openLatestReadOnly', args);
        if (!parsed.ok) return parsed;
        // Main chooses the backup itself: the renderer names nothing here.
        const folder = await backupsFolder();
        const backup = await latestVerifiedBackup(folder);
        if (!backup) return failBecause('not-found', reason('restoreNoVerifiedBackup'));
        const job = startJob(backupPath(folder, backup.id));
        return job.ok ? ok({ job: job.value, backup }) : job;
      }),
    'restore:beginSafetyBackup': (...args) =>
      guarded<SafetyBackupStarted>('Backing up the library', async () => {
        const parsed = parseChannelArgs('restore:beginSafetyBackup', args);
        if (!parsed.ok) return parsed;
        const backupId = `Offprint before restore ${stamp(new Date())}${BUNDLE_EXTENSION}`;
        try {
          const folder = await backupsFolder();
          await mkdir(folder, { recursive: true });
          const creator = `${host.appInfo.name} ${host.appInfo.version}`;
          const exportId = await sessions.begin(backupPath(folder, backupId), { title: 'Library before a restore', creator });
          return ok({ exportId, backupId });
        } catch (error) {
          return failBecause('io', reason('restoreSafetyBackupFailed', { cause: writeErrorReason(error) }));
        }
      }),
  };
}
