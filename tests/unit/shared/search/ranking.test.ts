import { describe, expect, it } from 'vitest';
import { doc, ids, indexOf } from './helpers';

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `filler${i % 50}`).join(' ');

describe('ranking', () => {
  it('ranks a title match above a body match', () => {
    const index = indexOf([
      doc('body', `${filler(20)} lighthouse ${filler(20)}`, { title: 'Notes from the coast' }),
      doc('title', filler(40), { title: 'The lighthouse keeper' }),
    ]);
    expect(ids(index, 'lighthouse ')).toEqual(['title', 'body']);
  });

  it('ranks more occurrences above fewer', () => {
    const index = indexOf([
      doc('once', `${filler(30)} harbour ${filler(30)}`),
      doc('thrice', `${filler(30)} harbour harbour harbour ${filler(28)}`),
    ]);
    expect(ids(index, 'harbour ')).toEqual(['thrice', 'once']);
  });

  it('ranks the shorter document above the longer at the same frequency', () => {
    const index = indexOf([doc('long', `${filler(400)} tide`), doc('short', `${filler(20)} tide`)]);
    expect(ids(index, 'tide ')).toEqual(['short', 'long']);
  });

  it('ranks the rarer word as the more telling one', () => {
    const common = Array.from({ length: 10 }, (_, i) => doc(`c${i}`, `${filler(10)} river`));
    const index = indexOf([
      ...common,
      doc('rare', `${filler(10)} estuary river`),
      doc('both', `${filler(10)} river river`),
    ]);
    // Both have two matching words' worth of text, but "estuary" is rare and "river" is everywhere.
    expect(ids(index, 'river estuary ')).toEqual(['rare']);
    expect(ids(index, 'river ')[0]).toBe('both');
  });

  it('ranks a phrase found in the title above the same phrase in a body', () => {
    const index = indexOf([
      doc('b', `${filler(10)} open data ${filler(10)}`, { title: 'Statistics' }),
      doc('t', filler(20), { title: 'Open data in cities' }),
    ]);
    expect(ids(index, '"open data"')).toEqual(['t', 'b']);
  });
});
