/**
 * Pinch and Ctrl+wheel become the article's font zoom. Chromium (so Electron) delivers a trackpad pinch to the
 * page as `wheel` events with `ctrlKey` set, on macOS as on Windows and Linux, and a Ctrl+mouse wheel the same
 * way; Electron's own `zoom-changed` never fires on macOS (Chromium zooms with the wheel only elsewhere), so the
 * page handles both here. A pinch arrives as many small deltas (100·ln(scale) each, negative to zoom in): they
 * add up, one 10 % step per ln(1.1)·100 of them; a mouse wheel's notch is one step. Pure.
 */
import type { ZoomCommand } from './zoom';

/** A pinch delta worth one 10 % step: 100 · ln(1.1), the delta Chromium sends for a 1.1× pinch. */
export const PINCH_STEP_DELTA = 100 * Math.log(1.1);
/** Deltas this large are a mouse wheel's notch (about 100 px, or a line), never a pinch's: one step each. */
export const WHEEL_NOTCH_DELTA = 40;
const DOM_DELTA_LINE = 1;

export interface WheelZoomInput {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}

/** Turns zooming wheel events into font zoom commands; keeps the remainder of a pinch between events. */
export function createWheelZoom(): (input: WheelZoomInput) => ZoomCommand[] {
  let pending = 0;
  return ({ deltaY, deltaMode, ctrlKey }) => {
    if (!ctrlKey || deltaY === 0 || !Number.isFinite(deltaY)) return [];
    const direction: ZoomCommand = deltaY < 0 ? 'zoom-in' : 'zoom-out';
    if (deltaMode === DOM_DELTA_LINE || Math.abs(deltaY) >= WHEEL_NOTCH_DELTA) {
      pending = 0;
      return [direction];
    }
    // A pinch that turns around starts counting again.
    if (Math.sign(pending) !== Math.sign(deltaY)) pending = 0;
    pending += deltaY;
    const commands: ZoomCommand[] = [];
    // (less a rounding error: a pinch of exactly 1.21× in small events is two steps, not one)
    while (Math.abs(pending) >= PINCH_STEP_DELTA - 1e-9) {
      commands.push(direction);
      pending -= Math.sign(pending) * PINCH_STEP_DELTA;
    }
    return commands;
  };
}
