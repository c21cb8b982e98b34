/**
 * Files opened with the app (a double-clicked `.offprint`, "Open with Offprint", a second launch) become an
 * `app:open-paths` event. Paths that arrive before the window has loaded wait until it has.
 */
import { app, type BrowserWindow } from 'electron';
import { pathsToOpen } from '../services/launch-args';
import { sendEvent } from './send-event';

const pending: string[] = [];
let target: BrowserWindow | null = null;

function flush(): void {
  if (!target || target.webContents.isLoading() || pending.length === 0) return;
  sendEvent(target.webContents, 'app:open-paths', pending.splice(0));
}

export function queuePathsToOpen(paths: readonly string[]): void {
  pending.push(...paths);
  flush();
}

/** Listens before `ready`: macOS sends `open-file` for the file that launched the app before the window exists. */
export function listenForOpenedFiles(): void {
  queuePathsToOpen(pathsToOpen(process.argv, process.cwd()));
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    queuePathsToOpen([filePath]);
  });
}

export function deliverOpenedFilesTo(win: BrowserWindow): void {
  target = win;
  win.webContents.on('did-finish-load', flush);
  win.on('closed', () => {
    if (target === win) target = null;
  });
  flush();
}
