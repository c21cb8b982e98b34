import { describe, expect, it } from 'vitest';
import { nextPaneIndex } from '../../../../src-renderer/src/ui/panes';

describe('F6 between panes', () => {
  it('goes round the panes forwards and backwards, from the first or last when none has the focus', () => {
    expect(nextPaneIndex(0, 3, 1)).toBe(1);
    expect(nextPaneIndex(2, 3, 1)).toBe(0);
    expect(nextPaneIndex(0, 3, -1)).toBe(2);
    expect(nextPaneIndex(-1, 3, 1)).toBe(0);
    expect(nextPaneIndex(-1, 3, -1)).toBe(2);
    expect(nextPaneIndex(0, 1, 1)).toBe(0);
    expect(nextPaneIndex(-1, 0, 1)).toBeNull();
  });
});
