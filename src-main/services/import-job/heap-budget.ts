/**
 * Heap limits for the import workers. Electron builds V8 with pointer compression and one shared cage: every
 * isolate of the main process (main's own and each worker thread's) takes its heap from the same 4 GB. Four
 * workers at 1 GB each could therefore exhaust the cage and take the whole main process down, instead of one
 * worker failing on one file. The workers' limits are sized so that all of them together, at their limits, still
 * leave main its share. Pure.
 */

/** The pointer-compression cage of one process (V8's fixed 4 GB). */
export const CAGE_MB = 4096;
/** Kept for main's own isolate (the handlers, export sessions, zip reading) and V8's code and read-only spaces. */
export const MAIN_RESERVE_MB = 1536;
/** Each worker's young generation (semi-spaces) comes on top of its old generation. */
export const WORKER_YOUNG_MB = 32;
/** No single worker needs more than this for one file (the 50 MB per-file limit, parsed into a DOM). */
export const WORKER_OLD_MAX_MB = 1024;

export interface WorkerHeapLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/** The resourceLimits of each worker in a pool of `poolSize`: together within the cage, beside main's reserve. */
export function workerHeapLimits(poolSize: number): WorkerHeapLimits {
  const workers = Math.max(1, Math.floor(poolSize));
  const perWorker = Math.floor((CAGE_MB - MAIN_RESERVE_MB) / workers) - WORKER_YOUNG_MB;
  return {
    maxOldGenerationSizeMb: Math.max(64, Math.min(WORKER_OLD_MAX_MB, perWorker)),
    maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
  };
}
