/**
 * Runs units in this thread, a couple at a time (so that reading one file overlaps parsing another). Cancelling
 * drops the job's queued units at once; a unit already running finishes, and its outcome is dropped.
 */
import type { ImportUnit, UnitLimits, UnitOutcome, UnitRunner } from './import-unit';
import { runUnit } from './run-unit';

interface Task {
  unit: ImportUnit;
  tag: string;
  resolve: (outcome: UnitOutcome | null) => void;
  dropped: boolean;
}

export class InProcessRunner implements UnitRunner {
  private readonly queue: Task[] = [];
  private readonly running = new Set<Task>();

  constructor(
    private readonly limits: UnitLimits,
    private readonly concurrency = 2,
  ) {}

  run(unit: ImportUnit, tag: string): Promise<UnitOutcome | null> {
    return new Promise((resolve) => {
      this.queue.push({ unit, tag, resolve, dropped: false });
      this.pump();
    });
  }

  cancel(tag: string): void {
    this.drop((task) => task.tag === tag);
  }

  close(): void {
    this.drop(() => true);
  }

  private drop(which: (task: Task) => boolean): void {
    for (const task of this.running) if (which(task)) task.dropped = true;
    const kept = this.queue.filter((task) => !which(task));
    for (const task of this.queue) if (which(task)) task.resolve(null);
    this.queue.splice(0, this.queue.length, ...kept);
  }

  private pump(): void {
    while (this.running.size < this.concurrency) {
      const task = this.queue.shift();
      if (!task) return;
      this.running.add(task);
      void runUnit(task.unit, this.limits).then((outcome) => {
        this.running.delete(task);
        task.resolve(task.dropped ? null : outcome);
        this.pump();
      });
    }
  }
}
