/** The one main window: sandboxed, isolated, no Node, web security on; zoom keys go to the article's font zoom. */
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from '../services/renderer-files';
import { preloadFile } from './paths';
import { sendEvent } from './send-event';
import { zoomCommandForKey } from './zoom-shortcuts';

export function createMainWindow(devUrl: string | null, spellcheck: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 560,
    minHeight: 420,
    show: false,
    title: 'Offprint',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadFile(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Only where it works offline (services/spellcheck-policy.ts).
      spellcheck,
    },
  });
  win.once('ready-to-show', () => win.show());

  const contents = win.webContents;
  // Electron's page zoom stays at 100 %: pinch and Ctrl+wheel become the article's font zoom instead. The page
  // does that itself (src-renderer/src/features/reader/wheel-zoom.ts): Chromium hands a trackpad pinch to it as
  // Ctrl+wheel events on every system, and Electron's zoom-changed never fires on macOS. The visual zoom limits
  // stop the pinch from magnifying the page; zoom-changed stays as the fallback for a wheel the page did not take.
  void contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', (_event, direction) => {
    contents.setZoomFactor(1);
    sendEvent(contents, 'menu:command', direction === 'in' ? 'zoom-in' : 'zoom-out');
  });
  contents.on('before-input-event', (event, input) => {
    const cmd = zoomCommandForKey(input, process.platform);
    if (cmd) {
      event.preventDefault();
      sendEvent(contents, 'menu:command', cmd);
    }
  });

  if (devUrl) void win.loadURL(devUrl);
  else void win.loadURL(APP_INDEX_URL);
  return win;
}
