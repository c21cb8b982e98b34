/**
 * The receiving side of every bridge call, in plain Node. Electron's IPC layer (src-main/app/ipc.ts) and the
 * end-to-end test bridge (tests/e2e/harness) both serve exactly these handlers; only the transport differs.
 * Each handler validates its arguments (they come from an untrusted renderer) and returns a Result, never a throw.
 * One module per namespace, in handlers/.
 */
import type { InvokeHandlers } from '../../src-shared/contract';
import { BackupService } from './backup/backup-service';
import { ExportSessions } from './bundle/export-sessions';
import { ContextMenuReports } from './context-menu/context-reports';
import { appHandlers } from './handlers/app-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import type { BridgeHost } from './handlers/bridge-host';
import { exportHandlers } from './handlers/export-handlers';
import { importHandlers, importJobsFor } from './handlers/import-handlers';
import { libraryHandlers } from './handlers/library-handlers';
import { downloadHandlers } from './handlers/download-handlers';
import { DownloadSetting } from './fetch-article/download-setting';
import { restoreHandlers } from './handlers/restore-handlers';
import { notesExportHandlers } from './handlers/notes-export-handlers';
import { shellHandlers } from './handlers/shell-handlers';

export type { BridgeHost } from './handlers/bridge-host';

/**
 * `exportSessions` and `backups` are the host's, so that it can abandon half-written files when the app quits;
 * `contextMenus` too, so that its native context menu reads what the page reported
 * (services/context-menu/context-reports.ts).
 */
export function createBridgeHandlers(
  host: BridgeHost,
  exportSessions = new ExportSessions(),
  backups = new BackupService(host.storage, host.appInfo),
  contextMenus = new ContextMenuReports(),
): InvokeHandlers {
  const jobs = importJobsFor(host);
  const backupsFolder = () => backups.currentFolder();
  return {
    ...importHandlers(host, jobs),
    ...downloadHandlers(jobs, DownloadSetting.inProfile(host.storage.profileDir), () => host.lastUserGestureAt()),
    ...restoreHandlers(host, jobs, exportSessions, backupsFolder),
    ...libraryHandlers(host, backupsFolder),
    ...exportHandlers(host, exportSessions),
    ...backupHandlers(backups),
    ...notesExportHandlers(host),
    ...shellHandlers(host),
    ...appHandlers(host, contextMenus),
  };
}
