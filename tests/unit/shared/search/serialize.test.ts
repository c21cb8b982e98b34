import { describe, expect, it } from 'vitest';
import { IndexFormatError, InvertedIndex } from '../../../../src-shared/search';
import { doc, indexOf } from './helpers';

const queries = ['security ', 'secu', '"national security"', '安全', '治', 'author:doe', 'tag:politics', 'pears plums '];

function library(): InvertedIndex {
  const index = indexOf(
    [
      doc('1', 'National security and pears.', { author: 'Jane Doe', tags: ['Politics'], version: 'h1' }),
      doc('2', '网络安全是国家安全的重要组成部分。治理', { author: 'Li Wei' }),
      doc('3', 'Security of plums and pears.', { notes: ['a note'], highlights: ['national security'] }),
      doc('4', 'to be removed: security'),
    ],
    { flushDocs: 2, mergeFactor: 4 },
  );
  index.remove('4');
  return index;
}

describe('the stored index', () => {
  it('gives identical results, scores included, after a round trip', () => {
    const index = library();
    const copy = InvertedIndex.deserialize(index.serialize());
    for (const q of queries) expect(copy.search(q)).toEqual(index.search(q));
    expect(copy.size).toBe(3);
    expect(copy.consistencyCheck(new Map([['1', 'h1'], ['2', null], ['3', null]])).consistent).toBe(true);
  });

  it('can still be updated after being read back, without touching the stored bytes', () => {
    const bytes = library().serialize();
    const copy = InvertedIndex.deserialize(bytes);
    copy.remove('1');
    copy.add(doc('5', 'fresh security news'));
    expect(copy.search('security ').hits.map((h) => h.id).sort()).toEqual(['3', '5']);
    expect(InvertedIndex.deserialize(bytes).search('security ').total).toBe(2); // 1 and 3
  });

  it('reads from a copy at any byte offset (as IndexedDB may hand it back)', () => {
    const bytes = library().serialize();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(InvertedIndex.deserialize(shifted.subarray(1)).search('安全').total).toBe(1);
  });

  it('refuses damaged bytes or another version, so that the caller rebuilds', () => {
    const bytes = library().serialize();
    const otherVersion = bytes.slice();
    otherVersion[4] = 99;
    expect(() => InvertedIndex.deserialize(otherVersion)).toThrow(IndexFormatError);
    expect(() => InvertedIndex.deserialize(bytes.subarray(0, bytes.length / 2))).toThrow(IndexFormatError);
    expect(() => InvertedIndex.deserialize(new Uint8Array(8))).toThrow(IndexFormatError);
    const header = bytes.slice();
    const at = new TextDecoder('latin1').decode(header).indexOf('docIds');
    header[at + 5] = 'z'.charCodeAt(0); // a header of the wrong shape
    expect(() => InvertedIndex.deserialize(header)).toThrow(IndexFormatError);
  });

  it('stores an empty index too', () => {
    const copy = InvertedIndex.deserialize(new InvertedIndex().serialize());
    expect(copy.size).toBe(0);
    expect(copy.search('anything').total).toBe(0);
  });
});
