/**
 * Scrolling to a place in a long body shown in sections (body-sections.ts): the sections the scroll brings near
 * the window had estimated sizes until then, and take their real ones in the frames that follow, which can move
 * the place again. So `place` runs now, and again on each of the next frames whenever what it placed has moved
 * (`where`: its top, viewport px), until it has not moved for STILL_FRAMES frames (the browser decides which
 * sections are near after a frame's layout, and lays them out in the next one), at most MAX_FRAMES, or until the
 * reader scrolls or clicks. `settled` resolves then; `stop` ends it early (the place is no longer wanted).
 */
const MAX_FRAMES = 12;
const STILL_FRAMES = 2;
const READER_MOVES = ['wheel', 'pointerdown', 'touchstart'] as const;

export interface Placing {
  stop: () => void;
  settled: Promise<void>;
}

export function placeSettled(place: () => void, where: () => number | null): Placing {
  place();
  if (typeof requestAnimationFrame !== 'function') return { stop: () => undefined, settled: Promise.resolve() };
  let last = where();
  let frames = 0;
  let still = 0;
  let frame = 0;
  let done = () => undefined as void;
  const settled = new Promise<void>((resolve) => (done = resolve));
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_MOVES) window.removeEventListener(type, stop, { capture: true });
    done();
  };
  for (const type of READER_MOVES) window.addEventListener(type, stop, { capture: true, passive: true });
  const check = () => {
    frames += 1;
    const now = where();
    still = now === last ? still + 1 : 0;
    if (still >= STILL_FRAMES || frames > MAX_FRAMES) {
      stop();
      return;
    }
    if (still === 0) {
      place();
      last = where();
    }
    frame = requestAnimationFrame(check);
  };
  frame = requestAnimationFrame(check);
  return { stop, settled };
}

/** placeSettled for a range: `place` scrolls it into view, and it is watched by its top. */
export function placeRangeSettled(range: Range, place: (range: Range) => void): () => void {
  return placeSettled(
    () => place(range),
    () => range.getBoundingClientRect().top,
  ).stop;
}
