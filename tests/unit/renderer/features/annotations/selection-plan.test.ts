import { describe, expect, it } from 'vitest';
import { planSelection } from '../../../../../src-renderer/src/features/annotations/highlighting/selection-plan';

const placed = [
  { id: 'a', start: 10, end: 20 },
  { id: 'b', start: 30, end: 50 },
  { id: 'inner', start: 35, end: 40 },
];

describe('highlighting a selection among highlights', () => {
  it('makes a new highlight where there is none', () => {
    expect(planSelection(placed, { start: 0, end: 10 })).toEqual({ kind: 'new' });
    expect(planSelection(placed, { start: 20, end: 30 })).toEqual({ kind: 'new' });
  });

  it('offers the highlight the selection lies in (the smallest), never a second identical one', () => {
    expect(planSelection(placed, { start: 10, end: 20 })).toEqual({ kind: 'existing', id: 'a' });
    expect(planSelection(placed, { start: 12, end: 15 })).toEqual({ kind: 'existing', id: 'a' });
    expect(planSelection(placed, { start: 36, end: 38 })).toEqual({ kind: 'existing', id: 'inner' });
  });

  it('extends the highlight a selection overlaps, to cover both', () => {
    expect(planSelection(placed, { start: 5, end: 15 })).toEqual({ kind: 'extend', id: 'a', start: 5, end: 20 });
    expect(planSelection(placed, { start: 15, end: 32 })).toEqual({ kind: 'extend', id: 'a', start: 10, end: 32 });
  });
});
