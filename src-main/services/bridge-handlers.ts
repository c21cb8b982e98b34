/**
 * The receiving side of every bridge call, in plain Node. Electron's IPC layer (src-main/app/ipc.ts) and the
 * end-to-end test bridge (tests/e2e/harness) both serve exactly these handlers; only the transport differs.
 * Each handler validates its arguments (they come from an untrusted renderer) and returns a Result, never a throw.
 * One module per namespace, in handlers/.
 */
import type { InvokeHandlers } from '../../src-shared/contract';
import { ExportSessions } from './bundle/export-sessions';
import { ContextMenuReports } from './context-menu/context-reports';
import { appHandlers } from './handlers/app-handlers';
import type { BridgeHost } from './handlers/bridge-host';
import { exportHandlers } from './handlers/export-handlers';
import { importHandlers, importJobsFor } from './handlers/import-handlers';
import { libraryHandlers } from './handlers/library-handlers';
import { restoreHandlers } from './handlers/restore-handlers';
import { notesExportHandlers } from './handlers/notes-export-handlers';
import { shellHandlers } from './handlers/shell-handlers';

export type { BridgeHost } from './handlers/bridge-host';

/**
 * `exportSessions` is the host's, so that it can abandon half-written bundles when the app quits; `contextMenus`
 * too, so that its native context menu reads what the page reported (services/context-menu/context-reports.ts).
 */
export function createBridgeHandlers(
  host: BridgeHost,
  exportSessions = new ExportSessions(),
  contextMenus = new ContextMenuReports(),
): InvokeHandlers {
  const jobs = importJobsFor(host);
  return {
    ...importHandlers(host, jobs),
    ...restoreHandlers(host, jobs, exportSessions),
    ...libraryHandlers(host),
    ...exportHandlers(host, exportSessions),
    ...notesExportHandlers(host),
    ...shellHandlers(host),
    ...appHandlers(host, contextMenus),
  };
}
