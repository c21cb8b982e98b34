import { describe, expect, it } from 'vitest';
import { createWheelZoom, PINCH_STEP_DELTA } from '../../../../../src-renderer/src/features/reader/wheel-zoom';

const PIXELS = 0;
const LINES = 1;
const pinch = (deltaY: number) => ({ deltaY, deltaMode: PIXELS, ctrlKey: true });

describe('pinch and Ctrl+wheel as font zoom', () => {
  it('a trackpad pinch out to 1.21× is two steps in, whatever the number of events it comes in', () => {
    const zoom = createWheelZoom();
    // Chromium sends 100·ln(scale) per event, negative to zoom in: 1.21× in eight small events.
    const perEvent = (-100 * Math.log(1.21)) / 8;
    const commands = Array.from({ length: 8 }, () => zoom(pinch(perEvent))).flat();
    expect(commands).toEqual(['zoom-in', 'zoom-in']);
  });

  it('pinching in zooms out, and turning round starts counting again', () => {
    const zoom = createWheelZoom();
    expect(zoom(pinch(PINCH_STEP_DELTA * 0.8))).toEqual([]);
    expect(zoom(pinch(-PINCH_STEP_DELTA * 0.5))).toEqual([]); // not 0.3 short of a step out
    expect(zoom(pinch(-PINCH_STEP_DELTA * 0.6))).toEqual(['zoom-in']);
    expect(zoom(pinch(PINCH_STEP_DELTA * 1.01))).toEqual(['zoom-out']);
  });

  it('a mouse wheel notch with Ctrl is one step, in pixels or in lines', () => {
    const zoom = createWheelZoom();
    expect(zoom({ deltaY: -100, deltaMode: PIXELS, ctrlKey: true })).toEqual(['zoom-in']);
    expect(zoom({ deltaY: 120, deltaMode: PIXELS, ctrlKey: true })).toEqual(['zoom-out']);
    expect(zoom({ deltaY: -3, deltaMode: LINES, ctrlKey: true })).toEqual(['zoom-in']);
  });

  it('scrolling without Ctrl is scrolling', () => {
    const zoom = createWheelZoom();
    expect(zoom({ deltaY: -100, deltaMode: PIXELS, ctrlKey: false })).toEqual([]);
    expect(zoom({ deltaY: 0, deltaMode: PIXELS, ctrlKey: true })).toEqual([]);
  });
});
