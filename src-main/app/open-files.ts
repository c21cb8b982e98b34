/**
 * Files opened with the app (a double-clicked `.offprint`, "Open with Offprint", a second launch) wait in main's
 * queue (services/grants/opened-files.ts) until the renderer takes them with `import.takeOpened()`. The window is
 * only told that more arrived (`app:files-opened`, no paths): the renderer also asks on its own once it is ready,
 * so a file opened at a cold start, while the window loads (electron#43370: `did-finish-load` comes before
 * Chromium clears its loading state), or before React subscribes, is still imported.
 */
import { app, type BrowserWindow } from 'electron';
import type { OpenedFiles } from '../services/grants/opened-files';
import { pathsToOpen } from '../services/launch-args';
import { sendEvent } from './send-event';

/** Listens before `ready`: macOS sends `open-file` for the file that launched the app before the window exists. */
export function listenForOpenedFiles(opened: OpenedFiles): void {
  opened.add(pathsToOpen(process.argv, process.cwd()));
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    opened.add([filePath]);
  });
}

/** Tells this window when files arrive; a window that is gone, or not loaded yet, asks by itself when ready. */
export function notifyOpenedFiles(win: BrowserWindow, opened: OpenedFiles): void {
  const stop = opened.onAdded(() => sendEvent(win.webContents, 'app:files-opened', null));
  win.on('closed', stop);
}
