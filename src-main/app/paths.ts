import { join } from 'node:path';
import { app } from 'electron';

/** Where the renderer is loaded from: the dev server in `npm run dev`, else the built files. */
export function rendererDevUrl(): string | null {
  return !app.isPackaged && process.env['ELECTRON_RENDERER_URL'] ? process.env['ELECTRON_RENDERER_URL'] : null;
}

/** The built renderer's folder, served as offprint://app/ (app/renderer-protocol.ts). */
export function rendererDir(): string {
  return join(__dirname, '../renderer');
}

/** The import worker, built beside the main entry (parsing in worker threads). */
export function importWorkerScript(): string {
  return join(__dirname, 'import-worker.js');
}

export function preloadFile(): string {
  return join(__dirname, '../preload/index.js');
}

/** The first-run sample library: packed as an extra resource, or read from the source tree in development. */
export function sampleLibraryDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'sample-library')
    : join(app.getAppPath(), 'resources', 'sample-library');
}

/**
 * The profile folder (the IndexedDB library lives there). OFFPRINT_USER_DATA_DIR moves it, for tests and for
 * portable installs; it must be set before the app is ready.
 */
export function applyUserDataOverride(): void {
  const dir = process.env['OFFPRINT_USER_DATA_DIR'];
  if (dir) app.setPath('userData', dir);
}
