import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

// user-gestures.ts only types WebContents; electron itself cannot load in plain Node.
vi.mock('electron', () => ({}));
const { lastUserGestureAt, watchUserGestures } = await import('../../../../src-main/app/user-gestures');

describe('user gestures, as main observes the input', () => {
  it('counts mouse buttons and keys, not moves or wheels', () => {
    const contents = new EventEmitter();
    watchUserGestures(contents as never);
    contents.emit('input-event', {}, { type: 'mouseMove' });
    contents.emit('input-event', {}, { type: 'mouseWheel' });
    contents.emit('input-event', {}, { type: 'mouseEnter' });
    expect(lastUserGestureAt()).toBe(0);
    const before = Date.now();
    contents.emit('input-event', {}, { type: 'mouseDown' });
    expect(lastUserGestureAt()).toBeGreaterThanOrEqual(before);
  });

  it('counts a key press seen before the page gets it', () => {
    const contents = new EventEmitter();
    watchUserGestures(contents as never);
    const before = Date.now() + 1;
    vi.spyOn(Date, 'now').mockReturnValue(before);
    contents.emit('before-input-event', {}, { type: 'keyDown', key: 'Enter' });
    expect(lastUserGestureAt()).toBe(before);
    vi.restoreAllMocks();
  });
});
