/**
 * When a person last pressed a mouse button or a key in a window, observed in main from the input Chromium
 * delivers to the web contents ('input-event' for mouse and keys, 'before-input-event' for keys), never from what
 * the page says. A page's own script cannot make these events. shell:openExternal requires one within the last
 * second (services/external-open/open-gate.ts).
 */
import type { WebContents } from 'electron';

const GESTURES = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd', 'pointerDown', 'pointerUp']);

let lastGestureAt = 0;

export function watchUserGestures(contents: WebContents): void {
  contents.on('input-event', (_event, input) => {
    if (GESTURES.has(input.type)) lastGestureAt = Date.now();
  });
  contents.on('before-input-event', (_event, input) => {
    if (input.type === 'keyDown') lastGestureAt = Date.now();
  });
}

/**
 * A person chose an item of a native menu that main shows itself (the context menu's Open Link in Browser): a
 * gesture main observed, which no page can cause.
 */
export function recordUserGesture(): void {
  lastGestureAt = Date.now();
}

export function lastUserGestureAt(): number {
  return lastGestureAt;
}
