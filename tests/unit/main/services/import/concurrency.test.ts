import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../../../../src-main/services/import/concurrency';

describe('mapWithConcurrency', () => {
  it('never has more than the limit in flight, and keeps the order of the items', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapWithConcurrency([5, 4, 3, 2, 1, 0, 9, 8], 3, async (item) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      // Let the other workers run before this one finishes.
      for (let turn = 0; turn < item; turn += 1) await Promise.resolve();
      inFlight -= 1;
      return item * 10;
    });
    expect(most).toBe(3);
    expect(results).toEqual([50, 40, 30, 20, 10, 0, 90, 80]);
  });

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });
});
