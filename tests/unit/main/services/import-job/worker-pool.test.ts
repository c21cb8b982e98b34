/**
 * The worker pool with real threads. A tiny stand-in worker (written here, plain JavaScript) answers, crashes or
 * hangs on command, so that the pool's own behaviour is what is tested: crash → failure and a new worker,
 * cancel → prompt, timeout → failure.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportUnit } from '../../../../../src-main/services/import-job/import-unit';
import { CAGE_MB, MAIN_RESERVE_MB, workerHeapLimits } from '../../../../../src-main/services/import-job/heap-budget';
import {
  WorkerPool,
} from '../../../../../src-main/services/import-job/worker-pool';
import { reason } from '../../../../../src-main/services/import/reason';

const CRASHED = reason('parserCrashed');
const TIMED_OUT = reason('parserTimedOut');
const OUT_OF_MEMORY = reason('parserOutOfMemory');

const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ taskId, unit }) => {
  if (unit.name.startsWith('crash')) process.exit(3);
  if (unit.name.startsWith('throw')) throw new Error('boom');
  if (unit.name.startsWith('hang')) return;
  if (unit.name.startsWith('exhaust')) {
    // A file whose parsing never stops growing: live objects until the worker's heap limit is reached.
    const kept = [];
    for (;;) kept.push(new Array(100000).fill(kept.length));
  }
  parentPort.postMessage({ taskId, outcome: { failure: { path: unit.name, reason: 'ran in a worker' } } });
});
`;

let dir = '';
let script = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'offprint-pool-'));
  script = path.join(dir, 'stand-in-worker.cjs');
  await writeFile(script, STAND_IN);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const unit = (name: string): ImportUnit => ({ kind: 'bytes', name, bytes: new Uint8Array(1) });
const limits = { maxFileBytes: 1024 };

describe('the worker pool', () => {
  it('runs units in worker threads, never more workers than its size', async () => {
    const pool = new WorkerPool({ script, size: 2, limits });
    const outcomes = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((n) => pool.run(unit(n), 'job')));
    expect(outcomes).toEqual(['a', 'b', 'c', 'd', 'e'].map((n) => ({ failure: { path: n, reason: 'ran in a worker' } })));
    expect(pool.workerCount).toBeLessThanOrEqual(2);
    pool.close();
  });

  it('turns a worker crash into a failure of that file only, and goes on with a new worker', async () => {
    const pool = new WorkerPool({ script, size: 1, limits });
    const outcomes = await Promise.all(['before', 'crash-me', 'throw-me', 'after'].map((n) => pool.run(unit(n), 'job')));
    expect(outcomes).toEqual([
      { failure: { path: 'before', reason: 'ran in a worker' } },
      { failure: { path: 'crash-me', ...CRASHED } },
      { failure: { path: 'throw-me', ...CRASHED } },
      { failure: { path: 'after', reason: 'ran in a worker' } },
    ]);
    pool.close();
  });

  it('stops a unit that takes too long', async () => {
    const pool = new WorkerPool({ script, size: 1, limits, unitTimeoutMs: 200 });
    expect(await pool.run(unit('hang'), 'job')).toEqual({ failure: { path: 'hang', ...TIMED_OUT } });
    expect(await pool.run(unit('next'), 'job')).toEqual({ failure: { path: 'next', reason: 'ran in a worker' } });
    pool.close();
  });

  it('cancels a job at once: its running and queued units end with nothing, other jobs go on', async () => {
    const pool = new WorkerPool({ script, size: 1, limits });
    const running = pool.run(unit('hang-forever'), 'cancelled');
    const queued = pool.run(unit('queued'), 'cancelled');
    const other = pool.run(unit('other'), 'kept');
    pool.cancel('cancelled');
    expect(await running).toBeNull();
    expect(await queued).toBeNull();
    expect(await other).toEqual({ failure: { path: 'other', reason: 'ran in a worker' } });
    pool.close();
  });

  it('reports a file that exhausts its worker\'s heap as a failure, and the import goes on', async () => {
    // A small limit so the test is quick; the app's limits come from workerHeapLimits (below).
    const pool = new WorkerPool({ script, size: 2, limits, maxHeapMb: 48 });
    const outcomes = await Promise.all(['first', 'exhaust-me', 'second', 'third'].map((n) => pool.run(unit(n), 'job')));
    expect(outcomes).toEqual([
      { failure: { path: 'first', reason: 'ran in a worker' } },
      { failure: { path: 'exhaust-me', ...OUT_OF_MEMORY } },
      { failure: { path: 'second', reason: 'ran in a worker' } },
      { failure: { path: 'third', reason: 'ran in a worker' } },
    ]);
    expect(await pool.run(unit('after'), 'job')).toEqual({ failure: { path: 'after', reason: 'ran in a worker' } });
    pool.close();
  });
});

describe('worker heap limits within Electron\'s 4 GB pointer-compression cage', () => {
  it.each([1, 2, 3, 4, 8])('a pool of %i leaves main its reserve even with every worker at its limit', (size) => {
    const { maxOldGenerationSizeMb, maxYoungGenerationSizeMb } = workerHeapLimits(size);
    expect(size * (maxOldGenerationSizeMb + maxYoungGenerationSizeMb) + MAIN_RESERVE_MB).toBeLessThanOrEqual(CAGE_MB);
    expect(maxOldGenerationSizeMb).toBeGreaterThanOrEqual(256);
  });

  it('gives four workers about 600 MB each, where 1 GB each used to fill the whole cage', () => {
    expect(workerHeapLimits(4)).toEqual({ maxOldGenerationSizeMb: 608, maxYoungGenerationSizeMb: 32 });
    expect(workerHeapLimits(1).maxOldGenerationSizeMb).toBe(1024);
  });
});
