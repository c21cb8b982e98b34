/**
 * The version guard's side in main: before the renderer opens the database it asks `library:guard` (what last
 * opened the library, the versions running now, whether this Chromium is older); after a successful open it
 * reports `library:opened`, and main records it with the versions running.
 */
import type { InvokeHandlers, LibraryGuard } from '../../../src-shared/contract';
import { isOlderVersion } from '../../../src-shared/restore/version-order';
import { latestVerifiedBackup } from '../restore/backups-folder';
import { readLibraryRecord, writeLibraryRecord } from '../restore/library-record';
import type { BridgeHost } from './bridge-host';
import { guarded, ok, parseChannelArgs } from './result';

export function libraryHandlers(
  host: BridgeHost,
  backupsFolder: () => Promise<string>,
): Pick<InvokeHandlers, 'library:guard' | 'library:opened' | 'app:quit'> {
  // Read at each call: the host may learn its versions after the handlers are made (the test harness does).
  const runningNow = () => ({
    appVersion: host.appInfo.version,
    electronVersion: host.runtimeVersions.electron,
    chromiumVersion: host.runtimeVersions.chromium,
  });
  return {
    'library:guard': (...args) =>
      guarded<LibraryGuard>('Checking the library', async () => {
        const parsed = parseChannelArgs('library:guard', args);
        if (!parsed.ok) return parsed;
        const current = runningNow();
        const record = await readLibraryRecord(host.libraryRecordFile);
        const olderChromium = record !== null && isOlderVersion(current.chromiumVersion, record.chromiumVersion);
        const latestBackup = await latestVerifiedBackup(await backupsFolder()).catch(() => null);
        return ok({ record, current, olderChromium, latestBackup });
      }),
    'library:opened': (...args) =>
      guarded<null>('Recording the library', async () => {
        const parsed = parseChannelArgs('library:opened', args);
        if (!parsed.ok) return parsed;
        const { schemaVersion, articleCount } = parsed.value[0];
        await writeLibraryRecord(host.libraryRecordFile, { schemaVersion, ...runningNow(), articleCount, openedAt: new Date().toISOString() });
        return ok(null);
      }),
    'app:quit': (...args) =>
      guarded<null>('Quitting', async () => {
        const parsed = parseChannelArgs('app:quit', args);
        if (!parsed.ok) return parsed;
        host.quit();
        return ok(null);
      }),
  };
}
