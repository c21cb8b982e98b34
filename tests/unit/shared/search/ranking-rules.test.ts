/** The ranking rules of issue 15: each test is an order that came out wrong before the rule. */
import { describe, expect, it } from 'vitest';
import { doc, ids, indexOf } from './helpers';

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `filler${i % 50}`).join(' ');

describe('ranking rules', () => {
  it('ranks an exact last word above prefix expansions of it ("vision pro")', () => {
    const index = indexOf([
      doc('protect', `${filler(20)} vision protecting protected protection protect ${filler(20)}`, {
        title: 'Protecting the vision of a city',
      }),
      doc('protesta', `${filler(20)} vision protesta protestas ${filler(20)}`, { title: 'La protesta y la vision' }),
      doc('apple', `${filler(60)} vision pro`, { title: "Apple's Vision Pro headset" }),
    ]);
    expect(ids(index, 'vision pro')[0]).toBe('apple');
  });

  it('weights a prefix expansion by how much of the word was typed ("secur")', () => {
    // The same text but for the word: "security" is 5 of 8 letters typed, "securities" 5 of 10 (a tie before, which
    // the newer document won).
    const index = indexOf([
      doc('security', `${filler(10)} security markets ${filler(10)}`, { title: 'Bond markets' }),
      doc('securities', `${filler(10)} securities markets ${filler(10)}`, { title: 'Bond markets' }),
    ]);
    expect(ids(index, 'secur')).toEqual(['security', 'securities']);
  });

  it('boosts a title match above a body full of the word', () => {
    const index = indexOf([
      doc('body', `${filler(8)} glacier glacier glacier glacier glacier ${filler(8)}`, { title: 'Alpine notes' }),
      doc('title', `${filler(60)}`, { title: 'Glacier' }),
    ]);
    expect(ids(index, 'glacier ')).toEqual(['title', 'body']);
  });

  it('boosts an author match above a body full of the name', () => {
    const index = indexOf([
      doc('mentions', `${filler(8)} okafor okafor okafor okafor ${filler(8)}`, { title: 'Interviews', author: 'Lee Chan' }),
      doc('wrote', filler(60), { title: 'Essays', author: 'Ada Okafor' }),
    ]);
    expect(ids(index, 'okafor ')).toEqual(['wrote', 'mentions']);
  });

  it('ranks "Security" in a title above "securities" in a body ("secur")', () => {
    const index = indexOf([
      doc('securities', `${filler(10)} securities securities securities markets ${filler(10)}`, { title: 'Bond markets' }),
      doc('security', `${filler(80)} markets`, { title: 'Security of the home network' }),
    ]);
    expect(ids(index, 'secur')).toEqual(['security', 'securities']);
  });

  it('finds "LWN.net Weekly Edition" by "LWN weekly", with LWN as a whole word', () => {
    const index = indexOf([
      doc('lwn', `${filler(40)}`, { title: 'LWN.net Weekly Edition for December 1, 2016' }),
      doc('lwnx', `${filler(10)} weekly`, { title: 'Lwnx weekly digest' }),
      doc('other', `${filler(10)} weekly news`, { title: 'The weekly news' }),
    ]);
    expect(ids(index, 'LWN weekly')[0]).toBe('lwn');
    expect(ids(index, 'lwn weekly ')).toEqual(['lwn']);
  });

  it('ranks words close together above the same words far apart', () => {
    const index = indexOf([
      doc('far', `solar ${filler(30)} panel ${filler(10)}`, { title: 'Roofs' }),
      doc('near', `${filler(20)} solar panel ${filler(20)}`, { title: 'Roofs' }),
      doc('reversed', `${filler(20)} panel solar ${filler(20)}`, { title: 'Roofs' }),
    ]);
    expect(ids(index, 'solar panel ')).toEqual(['near', 'reversed', 'far']);
  });

  it('ranks the query as a phrase in the title first, then all its words in the title, then a phrase in the body', () => {
    const index = indexOf([
      doc('scattered', `${filler(5)} garden ${filler(3)} robot ${filler(3)} garden ${filler(3)} robot`, { title: 'Machines at home' }),
      doc('body-phrase', `${filler(30)} garden robot ${filler(30)}`, { title: 'Machines at home' }),
      doc('title-words', `${filler(60)}`, { title: 'A robot for the garden' }),
      doc('title-phrase', `${filler(60)} ${filler(60)}`, { title: 'The garden robot review' }),
    ]);
    expect(ids(index, 'garden robot ')).toEqual(['title-phrase', 'title-words', 'body-phrase', 'scattered']);
  });

  it('ranks an article with all the words first, and finds articles with most of them when none has all', () => {
    const index = indexOf([
      doc('two', `${filler(5)} parasitic parasitic giant giant ${filler(5)}`, { title: 'Parasitic giants' }),
      doc('three', `${filler(30)} secret parasitic flowers ${filler(30)}`, { title: 'Notes' }),
      doc('one', `${filler(5)} flowers ${filler(5)}`, { title: 'Flowers' }),
    ]);
    // No article has "secret", "parasitic", "giant" and "flowers": the one with three comes first.
    const result = index.search('secret parasitic giant flowers ', { limit: Infinity });
    expect(result.partial).toBe(true);
    expect(result.hits.map((h) => h.id)).toEqual(['three', 'two']); // "one" has a single word of four
    // With an article that has them all, only those are found.
    index.add(doc('all', `${filler(50)} secret parasitic giant flowers`, { title: 'Rafflesia' }));
    const full = index.search('secret parasitic giant flowers ', { limit: Infinity });
    expect(full.partial).toBeUndefined();
    expect(full.hits.map((h) => h.id)).toEqual(['all']);
  });
});
