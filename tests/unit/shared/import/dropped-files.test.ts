import { describe, expect, it } from 'vitest';
import {
  DROPPED_BYTES_PER_CALL,
  droppedTooLargeReason,
  groupDroppedFiles,
} from '../../../../src-shared/import/dropped-files';

const MB = 1024 * 1024;
const file = (name: string, size: number) => ({ name, size });
const names = (groups: { name: string }[][]) => groups.map((g) => g.map((f) => f.name));

describe('grouping files dropped without a path into calls', () => {
  it('caps each call by bytes as well as by count, keeping the drop order', () => {
    const files = [file('a', 30 * MB), file('b', 30 * MB), file('c', 30 * MB), file('d', 1), file('e', 1), file('f', 1)];
    const { groups, tooLarge } = groupDroppedFiles(files, (f) => f.size, 3, 64 * MB);
    expect(names(groups)).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
    expect(tooLarge).toEqual([]);
    for (const group of groups) expect(group.reduce((sum, f) => sum + f.size, 0)).toBeLessThanOrEqual(64 * MB);
  });

  it('fills a call up to the byte cap exactly', () => {
    const { groups } = groupDroppedFiles([file('a', 40), file('b', 60), file('c', 1)], (f) => f.size, 10, 100);
    expect(names(groups)).toEqual([['a', 'b'], ['c']]);
  });

  it('sets aside a file larger than a whole call, with a reason a reader can act on', () => {
    const big = file('scan.html', DROPPED_BYTES_PER_CALL + 1);
    const { groups, tooLarge } = groupDroppedFiles([file('a', 1), big, file('b', 1)], (f) => f.size);
    expect(names(groups)).toEqual([['a', 'b']]);
    expect(tooLarge).toEqual([big]);
    expect(droppedTooLargeReason(big.size)).toBe(
      'The file is too large to import by dropping it (64 MB; at most 64 MB without a path on disk).',
    );
  });

  it('has nothing to send for nothing dropped', () => {
    expect(groupDroppedFiles([], () => 0)).toEqual({ groups: [], tooLarge: [] });
  });
});
