import { describe, expect, it } from 'vitest';
import {
  applyZoomCommand,
  canZoomIn,
  canZoomOut,
  clampZoom,
  formatZoom,
  nextZoom,
  previousZoom,
  zoomFontSizePx,
} from '../../../../../src-renderer/src/features/reader/zoom';

describe('zoom levels', () => {
  it('steps by 10 between 50 and 300, default 100', () => {
    expect(nextZoom(100)).toBe(110);
    expect(previousZoom(100)).toBe(90);
    expect(nextZoom(290)).toBe(300);
    expect(nextZoom(300)).toBe(300);
    expect(previousZoom(50)).toBe(50);
    expect(applyZoomCommand(250, 'zoom-reset')).toBe(100);
    expect(applyZoomCommand(100, 'zoom-in')).toBe(110);
    expect(applyZoomCommand(100, 'zoom-out')).toBe(90);
  });

  it('visits every level from 50 to 300 exactly once going up', () => {
    const seen = [50];
    while (canZoomIn(seen[seen.length - 1]!)) seen.push(nextZoom(seen[seen.length - 1]!));
    expect(seen).toHaveLength(26);
    expect(seen[25]).toBe(300);
    expect(canZoomOut(50)).toBe(false);
  });

  it('clamps and rounds anything stored', () => {
    expect(clampZoom(Number.NaN)).toBe(100);
    expect(clampZoom(Infinity)).toBe(100);
    expect(clampZoom(10)).toBe(50);
    expect(clampZoom(1000)).toBe(300);
    expect(clampZoom(104)).toBe(100);
    expect(clampZoom(106)).toBe(110);
    expect(nextZoom(104)).toBe(110);
  });

  it('gives the body font size from an 18px base and a label', () => {
    expect(zoomFontSizePx(100)).toBe(18);
    expect(zoomFontSizePx(110)).toBe(19.8);
    expect(zoomFontSizePx(50)).toBe(9);
    expect(zoomFontSizePx(300)).toBe(54);
    expect(formatZoom(120)).toBe('120%');
  });
});
