/**
 * The harness's stand-in for main's input observer (src-main/app/user-gestures.ts): a capturing listener that
 * reports each trusted pointer or key press (made by Playwright's input, as a person's would be) to the Node side.
 * Events a page script dispatches are not trusted and are not reported. It is serialised into the page, so it must
 * be self-contained. (In the harness a page script could call the binding itself; in the app, main watches the
 * input Chromium delivers, which a page cannot make.)
 */
export const GESTURE_BINDING = '__offprintUserGesture';

export function installGestureWatch(binding: string): void {
  const report = (window as unknown as Record<string, () => void>)[binding];
  const onInput = (event: Event) => {
    if (event.isTrusted) report?.();
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown']) window.addEventListener(type, onInput, { capture: true });
}
