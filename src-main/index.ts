/** Offprint's main process: app lifecycle only. The parts live in app/ (Electron) and services/ (plain Node). */
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { join } from 'node:path';
import { confirmOpenExternal } from './app/confirm-external';
import { installContextMenu } from './app/context-menu';
import { popupRowMenu } from './app/row-menu';
import { popupSidebarMenu } from './app/sidebar-menu';
import { chooseBackupFolder, chooseExportPath, chooseImportPaths, chooseRestoreFile } from './app/dialogs';
import { loadMainLanguage, setMainLanguage } from './app/main-language';
import { installMenu } from './app/menu';
import { listenForOpenedFiles, notifyOpenedFiles } from './app/open-files';
import { registerIpcHandlers } from './app/ipc';
import { applyProfileDir, importWorkerScript, rendererDevUrl, rendererDir, sampleLibraryDir } from './app/paths';
import { registerAppScheme, serveAppScheme } from './app/renderer-protocol';
import { applySecurityPolicy } from './app/security';
import { applySpellcheckPlan } from './app/spellcheck';
import { lastUserGestureAt, watchUserGestures } from './app/user-gestures';
import { createMainWindow } from './app/window';
import { BackupService } from './services/backup/backup-service';
import { statfsFreeBytes, type StorageHost } from './services/backup/storage-host';
import { createBridgeHandlers } from './services/bridge-handlers';
import { ExportSessions } from './services/bundle/export-sessions';
import { OpenedFiles } from './services/grants/opened-files';
import { ContextMenuReports } from './services/context-menu/context-reports';
import { pathsToOpen } from './services/launch-args';
import { SPELLCHECK_ENV, spellcheckPlan } from './services/spellcheck-policy';

const profileProblem = applyProfileDir();
registerAppScheme();

if (profileProblem) {
  // Before ready a message box is all Electron can show (dialog.showErrorBox is safe then); never a stack trace.
  console.error(`[offprint] ${profileProblem}`);
  dialog.showErrorBox('Offprint cannot start', profileProblem);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const devUrl = rendererDevUrl();

  const openedFiles = new OpenedFiles();
  listenForOpenedFiles(openedFiles);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(pathsToOpen(argv, workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // A bundle or backup still being written when the app quits is removed, never left half-written.
  const exportSessions = new ExportSessions();
  const storage: StorageHost = {
    profileDir: app.getPath('userData'),
    freeBytes: statfsFreeBytes,
    chooseBackupFolder,
    electronVersion: process.versions.electron ?? 'unknown',
  };
  const appInfo = { name: app.getName(), version: app.getVersion(), platform: process.platform };
  const backups = new BackupService(storage, appInfo);
  let exportsClosed = false;
  app.on('before-quit', (event) => {
    if (exportsClosed) return;
    event.preventDefault();
    void Promise.all([exportSessions.abortAll(), backups.abortAll()]).finally(() => {
      exportsClosed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    await loadMainLanguage();
    serveAppScheme(rendererDir());
    applySecurityPolicy(devUrl);
    const spellcheck = spellcheckPlan(process.platform, process.env[SPELLCHECK_ENV]);
    applySpellcheckPlan(session.defaultSession, spellcheck);
    installMenu(!app.isPackaged);
    const contextMenus = new ContextMenuReports();
    const handlers = createBridgeHandlers(
      {
        chooseImportPaths,
        chooseExportPath,
        openExternal: (url) => shell.openExternal(url),
        lastUserGestureAt,
        confirmOpenExternal: (request) => confirmOpenExternal(mainWindow, request),
        popupRowMenu: (request) => popupRowMenu(mainWindow, request),
        popupSidebarMenu: (request) => popupSidebarMenu(mainWindow, request),
        openedFiles,
        trustedSitesFile: join(app.getPath('userData'), 'trusted-sites.json'),
        sampleLibraryDir: sampleLibraryDir(),
        importWorkerScript: importWorkerScript(),
        appInfo,
        storage,
        libraryRecordFile: join(app.getPath('userData'), 'library-record.json'),
        runtimeVersions: { electron: process.versions.electron, chromium: process.versions.chrome },
        chooseRestoreFile,
        openPath: (file) => shell.openPath(file),
        showFolder: async (folder) => {
          const problem = await shell.openPath(folder);
          if (problem) throw new Error(problem);
        },
        quit: () => app.quit(),
        setLanguage: setMainLanguage,
      },
      exportSessions,
      backups,
      contextMenus,
    );
    registerIpcHandlers(handlers, devUrl);
    const openWindow = () => {
      const win = createMainWindow(devUrl, spellcheck.enabled);
      watchUserGestures(win.webContents);
      notifyOpenedFiles(win, openedFiles);
      installContextMenu(win.webContents, { reports: contextMenus, openExternal: (url) => handlers['shell:openExternal'](url) });
      win.on('closed', () => {
        if (mainWindow === win) mainWindow = null;
      });
      mainWindow = win;
    };
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
    // On macOS the app stays running with no window: a file opened then brings one back, which takes the file.
    openedFiles.onAdded(() => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
