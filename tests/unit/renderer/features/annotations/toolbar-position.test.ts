/** The selection toolbar sits centred above the selection, below it when there is no room, inside the window. */
import { describe, expect, it } from 'vitest';
import { toolbarPosition } from '../../../../../src-renderer/src/features/annotations/highlighting/selection';

const box = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
const size = { width: 200, height: 40 };

describe('toolbarPosition', () => {
  it('centres the toolbar above the selection', () => {
    expect(toolbarPosition(box(400, 300, 100, 20), size, { width: 1200, top: 60 })).toEqual({ left: 350, top: 252 });
  });
  it('puts it below when the reader bar leaves no room above', () => {
    expect(toolbarPosition(box(400, 80, 100, 20), size, { width: 1200, top: 60 })).toEqual({ left: 350, top: 108 });
  });
  it('keeps it inside the window at both edges', () => {
    expect(toolbarPosition(box(0, 300, 20, 20), size, { width: 1200, top: 0 }).left).toBe(8);
    expect(toolbarPosition(box(1180, 300, 20, 20), size, { width: 1200, top: 0 }).left).toBe(992);
  });
});
