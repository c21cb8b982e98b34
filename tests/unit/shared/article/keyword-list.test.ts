import { describe, expect, it } from 'vitest';
import { keywordList } from '../../../../src-shared/article/keyword-list';

describe('keywordList: a page’s keywords, split and deduplicated', () => {
  it('splits "关注点;国家;发展;两会" at semicolons', () => {
    expect(keywordList(['关注点;国家;发展;两会'])).toEqual(['关注点', '国家', '发展', '两会']);
  });

  it('splits "Oceans,New Zealand,…" at commas, trimming each', () => {
    expect(keywordList(['Oceans,New Zealand, Marine life ,Fishing'])).toEqual(['Oceans', 'New Zealand', 'Marine life', 'Fishing']);
  });

  it('splits at 、，；|｜ too', () => {
    expect(keywordList(['古籍、修复，图书馆；阅读|书店｜档案'])).toEqual(['古籍', '修复', '图书馆', '阅读', '书店', '档案']);
  });

  it('keeps each keyword once across sources (case-insensitively), the first spelling first', () => {
    expect(keywordList(['Trains, reading', 'trains', 'READING, Travel'])).toEqual(['Trains', 'reading', 'Travel']);
  });

  it('drops empties and bare numbers ("2016"), keeping words with numbers ("1975年")', () => {
    expect(keywordList(['a,,  ,2016, 1975年, 3.14, ;'])).toEqual(['a', '1975年']);
  });

  it('takes no more than 100 keywords', () => {
    expect(keywordList([Array.from({ length: 150 }, (_, i) => `k${i}`).join(',')])).toHaveLength(100);
  });

  it('reads null and undefined values as none', () => {
    expect(keywordList([null, undefined])).toEqual([]);
  });
});
