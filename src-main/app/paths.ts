import { join } from 'node:path';
import { app } from 'electron';
import { prepareProfileDir, USER_DATA_ENV } from '../services/profile-dir';

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
 * The profile folder (the IndexedDB library and the single-instance lock live there): OFFPRINT_USER_DATA_DIR,
 * else `Offprint Dev` in development, else Electron's default (services/profile-dir.ts). Must run before the
 * lock is taken and before ready. Returns the message to show when the folder cannot be used.
 */
export function applyProfileDir(): string | null {
  const choice = prepareProfileDir({
    override: process.env[USER_DATA_ENV],
    cwd: process.cwd(),
    isPackaged: app.isPackaged,
    appDataDir: app.getPath('appData'),
  });
  if (!choice.ok) return choice.message;
  if (choice.dir) app.setPath('userData', choice.dir);
  return null;
}
