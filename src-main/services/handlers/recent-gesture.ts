/**
 * Commands a page's script alone must not run (Download article text, Open the original PDF) go on only just after a
 * click or key press main observed itself (app/user-gestures.ts). Ten seconds, longer than a link's one second
 * (external-open/open-gate.ts): the renderer may read the library (up to 64 MB of a PDF) between the click and the
 * call. A gesture "from the future" (a clock set back) proves nothing.
 */
export const COMMAND_GESTURE_MS = 10_000;

export function askedJustNow(lastGestureAt: number, now: number, windowMs = COMMAND_GESTURE_MS): boolean {
  const since = now - lastGestureAt;
  return since >= 0 && since <= windowMs;
}
