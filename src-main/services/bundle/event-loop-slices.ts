/**
 * Long work in main, cut into slices of a few milliseconds with a turn of the event loop between them, so that main
 * keeps answering the window (IPC, menus) while it checks 200,000 entries. By time, not by count: a slow disk or a
 * busy machine makes each entry dearer, and a fixed count would then block for longer.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long main works before it lets the event loop run. */
export const SLICE_MS = 12;

export class EventLoopSlices {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Yields to the event loop when this slice has lasted its time; otherwise returns at once. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await nextTurn();
    this.sliceStart = performance.now();
  }
}
