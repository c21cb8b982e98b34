/** Offprint's main process: app lifecycle only. The parts live in app/ (Electron) and services/ (plain Node). */
import { app, BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { confirmOpenExternal } from './app/confirm-external';
import { chooseExportPath, chooseImportPaths } from './app/dialogs';
import { installMenu } from './app/menu';
import { deliverOpenedFilesTo, listenForOpenedFiles, queuePathsToOpen } from './app/open-files';
import { registerIpcHandlers } from './app/ipc';
import { applyUserDataOverride, importWorkerScript, rendererDevUrl, sampleLibraryDir } from './app/paths';
import { applySecurityPolicy } from './app/security';
import { lastUserGestureAt, watchUserGestures } from './app/user-gestures';
import { createMainWindow } from './app/window';
import { createBridgeHandlers } from './services/bridge-handlers';
import { ExportSessions } from './services/bundle/export-sessions';
import { pathsToOpen } from './services/launch-args';

applyUserDataOverride();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const devUrl = rendererDevUrl();

  listenForOpenedFiles();

  app.on('second-instance', (_event, argv, workingDirectory) => {
    queuePathsToOpen(pathsToOpen(argv, workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // A bundle still being written when the app quits is removed, never left half-written beside its destination.
  const exportSessions = new ExportSessions();
  let exportsClosed = false;
  app.on('before-quit', (event) => {
    if (exportsClosed) return;
    event.preventDefault();
    void exportSessions.abortAll().finally(() => {
      exportsClosed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    applySecurityPolicy(devUrl);
    installMenu(!app.isPackaged);
    registerIpcHandlers(
      createBridgeHandlers({
        chooseImportPaths,
        chooseExportPath,
        openExternal: (url) => shell.openExternal(url),
        lastUserGestureAt,
        confirmOpenExternal: (request) => confirmOpenExternal(mainWindow, request),
        trustedSitesFile: join(app.getPath('userData'), 'trusted-sites.json'),
        sampleLibraryDir: sampleLibraryDir(),
        importWorkerScript: importWorkerScript(),
        appInfo: {
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
        },
      }, exportSessions),
      devUrl,
    );
    const openWindow = () => {
      const win = createMainWindow(devUrl);
      watchUserGestures(win.webContents);
      deliverOpenedFilesTo(win);
      win.on('closed', () => {
        if (mainWindow === win) mainWindow = null;
      });
      mainWindow = win;
    };
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
