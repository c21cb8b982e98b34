/** The terms an article is about, how they are counted, and how shared terms are shown. */
import { describe, expect, it } from 'vitest';
import { BIGRAM, UNIGRAM, WORD } from '../../../../src-shared/search';
import {
  TITLE_REPEAT,
  displayTerms,
  isTopicalTerm,
  termVector,
} from '../../../../src-shared/search/term-vector';

describe('the terms of an article', () => {
  it('keeps content words and CJK bigrams; drops function words, numbers, single letters and characters, kana pairs', () => {
    expect(isTopicalTerm('carbon', WORD)).toBe(true);
    expect(isTopicalTerm('the', WORD)).toBe(false);
    expect(isTopicalTerm('2018', WORD)).toBe(false);
    expect(isTopicalTerm('x', WORD)).toBe(false);
    expect(isTopicalTerm('气候', BIGRAM)).toBe(true);
    expect(isTopicalTerm('气', UNIGRAM)).toBe(false);
    expect(isTopicalTerm('して', BIGRAM)).toBe(false);
    expect(isTopicalTerm('地震', BIGRAM)).toBe(true);
    expect(isTopicalTerm('天的', BIGRAM)).toBe(false); // a Chinese particle: a bigram across two words
  });

  it('counts body occurrences once and title occurrences TITLE_REPEAT times, folded', () => {
    const v = termVector('Carbon markets', 'The carbon price. CARBON again, and 2018 in the text.');
    expect(v.terms.get('carbon')?.tf).toBe(TITLE_REPEAT + 2);
    expect(v.terms.get('markets')?.tf).toBe(TITLE_REPEAT);
    expect(v.terms.get('price')?.tf).toBe(1);
    expect(v.terms.has('the')).toBe(false);
    expect(v.terms.has('2018')).toBe(false);
  });

  it('counts Chinese and Japanese by bigrams', () => {
    const zh = termVector('', '气候变化。气候变化很重要。');
    expect(zh.terms.get('气候')?.tf).toBe(2);
    expect(zh.terms.get('候变')?.tf).toBe(2);
    expect(zh.terms.has('气')).toBe(false);
    const ja = termVector('', '地震に備える。地震が多い。');
    expect(ja.terms.get('地震')?.tf).toBe(2);
    expect(ja.terms.has('える')).toBe(false);
  });

  it('shows a word in lower case, unless it is a name written with capitals inside sentences', () => {
    const v = termVector('Heat In The City', 'Emissions rise. The emissions of Europe. In Europe, INTERPOL and Paris. Paris is far.');
    expect(displayTerms(v, ['emissions', 'europe', 'interpol', 'heat', 'paris'], 5)).toEqual([
      'emissions',
      'Europe',
      'INTERPOL',
      'heat',
      'Paris',
    ]);
  });

  it('joins shared Chinese bigrams back into the words they come from', () => {
    const v = termVector('', '温室气体排放增加，碳排放交易开始。');
    expect(displayTerms(v, ['气体', '温室', '室气', '排放', '碳排'], 5)).toEqual(['温室气体', '碳排放']);
  });

  it('cuts Japanese runs at hiragana, so particles are never shown', () => {
    const v = termVector('', '地震の揺れが大切です。避難場所へ。');
    expect(displayTerms(v, ['地震', '大切', 'が大', '避難', '難場', '場所'], 5)).toEqual(['地震', '大切', '避難場所']);
  });

  it('shows at most `limit` terms, best first', () => {
    const v = termVector('', 'alpha beta gamma delta');
    expect(displayTerms(v, ['delta', 'alpha', 'gamma'], 2)).toEqual(['delta', 'alpha']);
  });
});
