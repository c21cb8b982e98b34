import { describe, expect, it } from 'vitest';
import { authorLine, authorNames } from '../../../../src-shared/article/author-line';

describe('the stored author line', () => {
  it('joins several authors with commas and reads them back', () => {
    const line = authorLine(['Jochen Bittner', 'Tina Hildebrandt']);
    expect(line).toBe('Jochen Bittner, Tina Hildebrandt');
    expect(authorNames(line)).toEqual(['Jochen Bittner', 'Tina Hildebrandt']);
  });

  it('is null without authors, and reads as none', () => {
    expect(authorLine([])).toBeNull();
    expect(authorNames(null)).toEqual([]);
  });

  it('reads lines joined with 、 or ; too', () => {
    expect(authorNames('张三、李四; 王五')).toEqual(['张三', '李四', '王五']);
  });
});
