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
});
