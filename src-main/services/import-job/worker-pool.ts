/**
 * A pool of import worker threads. Each worker runs one unit at a time; units wait in one queue. A worker that
 * dies on a unit (a crash, running out of memory, taking far too long) turns that unit into a failure and is
 * replaced; the other units go on. Idle workers are stopped after a while, and never keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { type ImportUnit, type UnitLimits, type UnitOutcome, type UnitRunner, unitFailure } from './import-unit';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';
import { workerHeapLimits } from './heap-budget';
import { reason } from '../import/reason';


export interface WorkerPoolOptions {
  script: string;
  size: number;
  limits: UnitLimits;
  /** A unit running longer than this is stopped and reported as a failure (2 minutes). */
  unitTimeoutMs?: number;
  /** Workers idle this long are stopped (30 seconds). */
  idleMs?: number;
  /**
   * Old-generation heap limit of each worker: a runaway file stops its worker, not the app. By default sized so
   * that the whole pool fits Electron's shared 4 GB pointer-compression cage beside main (heap-budget.ts).
   */
  maxHeapMb?: number;
}

interface Task {
  id: number;
  unit: ImportUnit;
  tag: string;
  resolve: (outcome: UnitOutcome | null) => void;
}

interface Slot {
  worker: Worker;
  /** The thread has started: a unit's time counts from then (starting a thread can be slow on a busy machine). */
  online: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Set when the pool stopped this worker on purpose (cancel, idle, close): its task is not a crash. */
  stopping: boolean;
  /** The worker hit its heap limit (ERR_WORKER_OUT_OF_MEMORY): its unit is reported as too large to read. */
  outOfMemory: boolean;
}

export class WorkerPool implements UnitRunner {
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private nextTaskId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: WorkerPoolOptions) {}

  run(unit: ImportUnit, tag: string): Promise<UnitOutcome | null> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextTaskId++, unit, tag, resolve });
      this.pump();
    });
  }

  cancel(tag: string): void {
    this.dropQueued((task) => task.tag === tag);
    for (const slot of this.slots) if (slot.task?.tag === tag) this.stop(slot);
    this.pump();
  }

  close(): void {
    this.dropQueued(() => true);
    for (const slot of this.slots) this.stop(slot);
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  /** How many worker threads are running (for tests). */
  get workerCount(): number {
    return this.slots.size;
  }

  private dropQueued(which: (task: Task) => boolean): void {
    const kept = this.queue.filter((task) => !which(task));
    for (const task of this.queue) if (which(task)) task.resolve(null);
    this.queue.splice(0, this.queue.length, ...kept);
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.freeSlot();
      if (!slot) break;
      this.assign(slot, this.queue.shift() as Task);
    }
    this.scheduleIdleStop();
  }

  private freeSlot(): Slot | null {
    for (const slot of this.slots) if (!slot.task && !slot.stopping) return slot;
    return this.slots.size < this.options.size ? this.spawn() : null;
  }

  private spawn(): Slot {
    const budget = workerHeapLimits(this.options.size);
    const resourceLimits = {
      ...budget,
      ...(this.options.maxHeapMb === undefined ? {} : { maxOldGenerationSizeMb: this.options.maxHeapMb }),
    };
    const worker = new Worker(this.options.script, { resourceLimits });
    const slot: Slot = { worker, online: false, task: null, timer: null, stopping: false, outOfMemory: false };
    worker.on('online', () => {
      slot.online = true;
      if (slot.task) this.startTimer(slot, slot.task);
    });
    worker.on('message', (response: WorkerResponse) => {
      if (slot.task?.id !== response.taskId) return;
      this.finish(slot, response.outcome);
      this.pump();
    });
    // 'exit' follows and settles the task.
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
    });
    worker.on('exit', () => {
      this.slots.delete(slot);
      const why = reason(slot.outOfMemory ? 'parserOutOfMemory' : 'parserCrashed');
      if (slot.task) this.finish(slot, slot.stopping ? null : unitFailure(slot.task.unit, why));
      this.pump();
    });
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private assign(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    if (slot.online) this.startTimer(slot, task);
    const request: WorkerRequest = { taskId: task.id, unit: task.unit, limits: this.options.limits };
    slot.worker.postMessage(request);
  }

  private startTimer(slot: Slot, task: Task): void {
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      this.finish(slot, unitFailure(task.unit, reason('parserTimedOut')));
      this.stop(slot);
    }, this.options.unitTimeoutMs ?? 120_000);
  }

  private finish(slot: Slot, outcome: UnitOutcome | null): void {
    const task = slot.task;
    if (!task) return;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.stopping) slot.worker.unref();
    task.resolve(outcome);
  }

  private stop(slot: Slot): void {
    slot.stopping = true;
    if (slot.task) this.finish(slot, null);
    void slot.worker.terminate();
  }

  private scheduleIdleStop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.queue.length > 0 || this.slots.size === 0) return;
    this.idleTimer = setTimeout(() => {
      for (const slot of this.slots) if (!slot.task) this.stop(slot);
    }, this.options.idleMs ?? 30_000);
    this.idleTimer.unref();
  }
}
