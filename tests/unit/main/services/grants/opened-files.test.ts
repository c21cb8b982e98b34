import { describe, expect, it, vi } from 'vitest';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';

describe('files opened with the app wait in main until the renderer takes them', () => {
  it('queues in order, once each, until taken; taking empties the queue', () => {
    const opened = new OpenedFiles();
    opened.add(['/a.offprint', '/b.md']);
    opened.add(['/a.offprint', '/c.md']);
    expect(opened.take()).toEqual(['/a.offprint', '/b.md', '/c.md']);
    expect(opened.take()).toEqual([]);
  });

  it('tells listeners only when something new is queued', () => {
    const opened = new OpenedFiles();
    const listener = vi.fn();
    const stop = opened.onAdded(listener);
    opened.add([]);
    opened.add(['/a.md']);
    opened.add(['/a.md']);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    opened.add(['/b.md']);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
