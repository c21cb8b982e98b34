/** Offprint's main process: app lifecycle only. The parts live in app/ (Electron) and services/ (plain Node). */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { installMenu } from './app/menu';
import { registerIpcHandlers } from './app/ipc';
import { applyUserDataOverride, rendererDevUrl, sampleLibraryDir } from './app/paths';
import { applySecurityPolicy } from './app/security';
import { createMainWindow } from './app/window';
import { createBridgeHandlers } from './services/bridge-handlers';

applyUserDataOverride();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const devUrl = rendererDevUrl();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    applySecurityPolicy(devUrl);
    installMenu(!app.isPackaged);
    registerIpcHandlers(
      createBridgeHandlers({
        chooseImportPaths: async () => {
          const options: Electron.OpenDialogOptions = {
            title: 'Import articles',
            buttonLabel: 'Import',
            properties: ['openFile', 'multiSelections'],
            filters: [
              { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
              { name: 'All files', extensions: ['*'] },
            ],
          };
          const result = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : result.filePaths;
        },
        openExternal: (url) => shell.openExternal(url),
        sampleLibraryDir: sampleLibraryDir(),
        appInfo: {
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
          dataPath: app.getPath('userData'),
        },
      }),
      devUrl,
    );
    mainWindow = createMainWindow(devUrl);
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createMainWindow(devUrl);
        mainWindow.on('closed', () => (mainWindow = null));
      }
    });
  });
}
