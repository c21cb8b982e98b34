import { join } from 'node:path';

/** The fixed address the built renderer is served on: IndexedDB belongs to the origin, port included. */
export const RENDERER_HOST = '127.0.0.1';
/** OFFPRINT_E2E_PORT moves it, so that two checkouts can run their tests at once. */
export const RENDERER_PORT = Number(process.env['OFFPRINT_E2E_PORT'] ?? 47219);
export const RENDERER_ORIGIN = `http://${RENDERER_HOST}:${RENDERER_PORT}`;

export const REPO_ROOT = process.cwd();
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
export const SAMPLE_LIBRARY_DIR = join(REPO_ROOT, 'resources', 'sample-library');
/** The built import worker: the end-to-end tests parse in worker threads as the app does. */
export const IMPORT_WORKER_SCRIPT = join(REPO_ROOT, 'out', 'main', 'import-worker.js');
