/**
 * Where units are run: a pool of worker threads (the app, the end-to-end tests), or this thread when there is no
 * built worker (unit tests, a development run before the first build). Both have the same shape.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { UnitLimits, UnitRunner } from './import-unit';
import { InProcessRunner } from './in-process-runner';
import { WorkerPool } from './worker-pool';

export type { UnitRunner } from './import-unit';

/** One worker per spare core, at least one and at most four: main and the renderer keep a core. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function createUnitRunner(workerScript: string | null, limits: UnitLimits): UnitRunner {
  if (workerScript && existsSync(workerScript)) {
    return new WorkerPool({ script: workerScript, size: defaultPoolSize(), limits });
  }
  return new InProcessRunner(limits);
}
