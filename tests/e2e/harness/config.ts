import { join } from 'node:path';

/** The built renderer is served on 127.0.0.1; IndexedDB belongs to the origin, port included. */
export const RENDERER_HOST = '127.0.0.1';

/**
 * The port of this run: a free one picked by the global setup (or OFFPRINT_E2E_PORT, to choose it), passed on
 * through the environment, so it stays the same within a run (a restart keeps its library) and two runs on one
 * machine never collide.
 */
export function rendererPort(): number {
  const port = Number(process.env['OFFPRINT_E2E_PORT']);
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error('No renderer server: OFFPRINT_E2E_PORT is unset (the e2e global setup starts the server and sets it).');
  }
  return port;
}

export function rendererOrigin(): string {
  return `http://${RENDERER_HOST}:${rendererPort()}`;
}

export const REPO_ROOT = process.cwd();
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
export const SAMPLE_LIBRARY_DIR = join(REPO_ROOT, 'resources', 'sample-library');
/** The built import worker: the end-to-end tests parse in worker threads as the app does. */
export const IMPORT_WORKER_SCRIPT = join(REPO_ROOT, 'out', 'main', 'import-worker.js');
