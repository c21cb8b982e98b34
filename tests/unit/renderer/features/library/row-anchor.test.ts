import { describe, expect, it } from 'vitest';
import { rowsArrivedAbove } from '../../../../../src-renderer/src/features/library/row-anchor';

const list = (...ids: string[]) => ids.map((id) => ({ id }));

describe('rowsArrivedAbove', () => {
  it('counts the rows that came in above the anchor when the list grew', () => {
    expect(rowsArrivedAbove(list('a', 'b', 'c'), list('x', 'y', 'a', 'b', 'c'), 1)).toBe(2);
  });
  it('is 0 when the anchor kept its place (rows came in below it)', () => {
    expect(rowsArrivedAbove(list('a', 'b'), list('a', 'b', 'c'), 1)).toBe(0);
  });
  it('is 0 when the list did not grow: a new order or a filter does not chase the anchor', () => {
    expect(rowsArrivedAbove(list('a', 'b', 'c'), list('c', 'b', 'a'), 0)).toBe(0);
    expect(rowsArrivedAbove(list('a', 'b', 'c'), list('c'), 0)).toBe(0);
  });
  it('is 0 when the anchor is gone or was never there', () => {
    expect(rowsArrivedAbove(list('a', 'b'), list('x', 'y', 'z'), 0)).toBe(0);
    expect(rowsArrivedAbove(list('a'), list('x', 'a'), 5)).toBe(0);
  });
});
