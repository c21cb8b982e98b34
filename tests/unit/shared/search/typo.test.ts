/** Typo tolerance (issue 15): a word that matches nothing is replaced by the nearest frequent word of the index. */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../src-shared/search/typo';
import { doc, indexOf } from './helpers';

const library = () =>
  indexOf([
    doc('gov', 'the policy of the government on schools', { title: 'The government shutdown' }),
    doc('governor', 'the governor spoke', { title: 'Governors meet' }),
    doc('china', '全球治理的重要组成部分', { title: '全球治理' }),
  ]);

describe('typo tolerance', () => {
  it('finds "goverment" by "government" and says so', () => {
    const r = library().search('goverment ');
    expect(r.hits.map((h) => h.id)).toEqual(['gov']);
    expect(r.corrected).toBe('government');
  });

  it('corrects only the word that matches nothing, also while it is typed', () => {
    const r = library().search('policy governmnet');
    expect(r.hits.map((h) => h.id)).toEqual(['gov']);
    expect(r.corrected).toBe('policy government');
  });

  it('allows two edits in a long word, one in a shorter one', () => {
    expect(library().search('govrenmnet ').hits.map((h) => h.id)).toEqual(['gov']);
    expect(library().search('plcy ').hits).toEqual([]);
  });

  it('says nothing when the words match as typed, and never corrects CJK', () => {
    expect(library().search('government ').corrected).toBeUndefined();
    const cjk = library().search('全球治現 ');
    expect(cjk.total).toBe(0);
    expect(cjk.corrected).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('goverment', 'government', 2)).toBe(1);
    expect(editDistance('teh', 'the', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
