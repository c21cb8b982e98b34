/**
 * Main's long checks let the event loop run between slices (the window's calls are answered), and only then: a
 * slice that has not lasted its time goes on at once.
 */
import { describe, expect, it } from 'vitest';
import { EventLoopSlices } from '../../../../../src-main/services/bundle/event-loop-slices';

/** Whether a callback queued on the event loop before `pause` ran by the time `pause` returned. */
async function letOthersRun(slices: EventLoopSlices): Promise<boolean> {
  let ran = false;
  setImmediate(() => {
    ran = true;
  });
  await slices.pause();
  return ran;
}

describe('EventLoopSlices', () => {
  it('yields to the event loop once a slice has lasted its time', async () => {
    const slices = new EventLoopSlices(0);
    expect(await letOthersRun(slices)).toBe(true);
    expect(await letOthersRun(slices)).toBe(true);
  });

  it('goes on at once within a slice', async () => {
    const slices = new EventLoopSlices(60_000);
    expect(await letOthersRun(slices)).toBe(false);
  });

  it('starts a new slice after each turn', async () => {
    const slices = new EventLoopSlices(150);
    const started = performance.now();
    while (performance.now() - started < 155) {
      // work for longer than a slice
    }
    expect(await letOthersRun(slices)).toBe(true);
    expect(await letOthersRun(slices)).toBe(false);
  });
});
