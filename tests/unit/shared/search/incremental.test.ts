import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../../../../src-shared/search';
import { doc, idSet, indexOf } from './helpers';

// Tiny flushes and merges, so that these tests also go through segments, merging and purging.
const small = { flushDocs: 2, mergeFactor: 2 };

describe('incremental updates', () => {
  it('finds an added document, and no longer finds a removed one', () => {
    const index = indexOf([doc('a', 'apples and pears'), doc('b', 'pears and plums')], small);
    expect(idSet(index, 'pears ')).toEqual(['a', 'b']);
    index.add(doc('c', 'plums only'));
    expect(idSet(index, 'plums ')).toEqual(['b', 'c']);
    expect(index.remove('b')).toBe(true);
    expect(index.remove('b')).toBe(false);
    expect(idSet(index, 'plums ')).toEqual(['c']);
    expect(idSet(index, 'pears ')).toEqual(['a']);
    expect(index.size).toBe(2);
    expect(index.has('b')).toBe(false);
  });

  it('finds an edited document by its new text only', () => {
    const index = indexOf([doc('a', 'the old text about cats'), doc('b', 'dogs')], small);
    index.update(doc('a', 'the new text about owls'));
    expect(idSet(index, 'cats ')).toEqual([]);
    expect(idSet(index, 'owls ')).toEqual(['a']);
    expect(index.size).toBe(2);
    index.update(doc('a', 'cats again', { notes: ['my note on cats'] }));
    expect(idSet(index, 'owls ')).toEqual([]);
    expect(idSet(index, 'note ')).toEqual(['a']);
  });

  it('removes documents that were added but not yet flushed', () => {
    const index = new InvertedIndex({ flushDocs: 100 });
    index.add(doc('a', 'pending words'));
    index.add(doc('b', 'pending too'));
    index.remove('a');
    expect(idSet(index, 'pending ')).toEqual(['b']);
  });

  it('gives the same answers after many edits as an index built afresh', () => {
    const index = new InvertedIndex(small);
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const current = new Map<string, string>();
    for (let step = 0; step < 200; step++) {
      const id = `d${(step * 7) % 23}`;
      if (step % 5 === 4) {
        index.remove(id);
        current.delete(id);
      } else {
        const body = `${words[step % 5]} ${words[(step * 3) % 5]} step${step}`;
        index.add(doc(id, body));
        current.set(id, body);
      }
      if (step % 17 === 0) index.search('alpha');
    }
    const fresh = indexOf([...current].map(([id, body]) => doc(id, body)));
    for (const q of ['alpha ', 'beta gamma ', '"delta epsilon"', 'step1', 'eps']) {
      expect(idSet(index, q)).toEqual(idSet(fresh, q));
    }
    expect(index.size).toBe(current.size);
    index.compact();
    expect(idSet(index, 'alpha ')).toEqual(idSet(fresh, 'alpha '));
  });

  it('tells whether the index holds exactly the library', () => {
    const index = indexOf(
      [doc('a', 'one', { version: 'v1' }), doc('b', 'two', { version: 'v1' }), doc('c', 'three')],
      small,
    );
    expect(index.consistencyCheck(['a', 'b', 'c']).consistent).toBe(true);
    const report = index.consistencyCheck(['a', 'b', 'd']);
    expect(report).toMatchObject({ consistent: false, missing: ['d'], extra: ['c'], stale: [] });
    const versions = index.consistencyCheck(
      new Map([
        ['a', 'v1'],
        ['b', 'v2'],
        ['c', null],
      ]),
    );
    expect(versions).toMatchObject({ consistent: false, stale: ['b'], missing: [], extra: [] });
    expect(index.consistencyCheck([]).needsRebuild).toBe(true);
    const many = indexOf(Array.from({ length: 100 }, (_, i) => doc(`x${i}`, 'text')));
    expect(many.consistencyCheck(Array.from({ length: 101 }, (_, i) => `x${i}`))).toMatchObject({
      missing: ['x100'],
      needsRebuild: false,
    });
  });
});
