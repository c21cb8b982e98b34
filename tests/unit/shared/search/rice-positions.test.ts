import { describe, expect, it } from 'vitest';
import { InvertedIndex, type SearchDocument } from '../../../../src-shared/search';
import { BitReader, BitWriter, riceParameter } from '../../../../src-shared/search/rice-positions';
import { doc, idSet, indexOf } from './helpers';

/** A seeded generator, so that every run reads the same texts. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Rice codes', () => {
  it('read back every value written, whatever the parameter, and end on a whole byte', () => {
    const rand = random(7);
    const written: [number, number][] = [];
    const w = new BitWriter();
    let bits = 0;
    for (let i = 0; i < 5000; i++) {
      const k = Math.floor(rand() * 25);
      // Mostly near 2^k, as the encoder expects, sometimes far above it (a long unary part), sometimes 0.
      const scale = rand() < 0.1 ? 2 ** k * 40 : 2 ** (k + 1);
      const v = rand() < 0.05 ? 0 : Math.floor(rand() * scale);
      written.push([v, k]);
      w.rice(v, k);
      bits += Math.floor(v / 2 ** k) + 1 + k;
    }
    const bytes = w.take();
    expect(bytes.length).toBe(Math.ceil(bits / 8));
    const r = new BitReader(bytes, 0);
    expect(written.map(([, k]) => r.rice(k))).toEqual(written.map(([v]) => v));
    expect(r.at).toBe(bytes.length - (bits % 8 === 0 ? 0 : 1));
  });

  it('choose the parameter from the field length and the number of positions', () => {
    expect(riceParameter(1700, 1)).toBe(10); // a bigram once in a long body: about 11 bits instead of 16
    expect(riceParameter(1700, 40)).toBe(5);
    expect(riceParameter(12, 12)).toBe(0);
    expect(riceParameter(0, 0)).toBe(0);
  });
});

/** Texts of a few Han characters, so that most bigrams meet often and in every order. */
function cjkLibrary(count: number): SearchDocument[] {
  const rand = random(15);
  const han = ['经', '济', '学', '网', '络', '安', '全'];
  const text = (min: number, spread: number): string =>
    Array.from({ length: min + Math.floor(rand() * spread) }, () => han[Math.floor(rand() * han.length)]).join('') +
    (rand() < 0.3 ? '。' : '');
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    title: text(2, 8),
    author: text(2, 4),
    body: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => text(5, 400)).join('\n\n'),
  }));
}

const queries = ['经济', '经济学', '济学经', '网络安全', '安全网络', '学学', '全全全', '经济学网络安全', '络安全经济'];

/** What a scan finds: the documents whose field (any text field, or the author's) holds the query as it is. */
function scan(docs: SearchDocument[], removed: Set<string>, q: string, authorOnly: boolean): string[] {
  return docs
    .filter((d) => !removed.has(d.id))
    .filter((d) => (authorOnly ? [d.author] : [d.title, d.author, d.body]).some((t) => (t ?? '').includes(q)))
    .map((d) => d.id)
    .sort();
}

describe('CJK phrases on Rice-coded positions', () => {
  it('find exactly what a scan finds, through segments, merges with removals, compaction and a round trip', () => {
    const docs = cjkLibrary(120);
    const index = indexOf(docs, { flushDocs: 7, mergeFactor: 3 });
    const removed = new Set(docs.filter((_, i) => i % 5 === 2).map((d) => d.id));
    for (const id of removed) index.remove(id);
    index.add(doc('late', '经济学网络安全', { title: '学经济' })); // into a segment merged with removals
    docs.push({ id: 'late', title: '学经济', body: '经济学网络安全' });
    const check = (i: InvertedIndex): void => {
      for (const q of queries) {
        expect(idSet(i, q), q).toEqual(scan(docs, removed, q, false));
        expect(idSet(i, `author:${q}`), `author:${q}`).toEqual(scan(docs, removed, q, true));
      }
    };
    check(index);
    const stored = InvertedIndex.deserialize(index.serialize());
    check(stored);
    index.compact();
    check(index);
    check(InvertedIndex.deserialize(index.serialize()));
    expect(scan(docs, removed, '经济学网络安全', false).length).toBeGreaterThan(0);
  });

  it('find no article that has every bigram of a phrase but not the phrase itself', () => {
    const index = indexOf([
      doc('apart', '经济很好。济学'), // 经济 and 济学, never 经济学
      doc('across', '经济', { title: '济学' }), // one in the body, one in the title
      doc('whole', '我们的经济学'),
    ]);
    const stored = InvertedIndex.deserialize(index.serialize());
    expect(idSet(stored, '经济学')).toEqual(['whole']);
    expect(idSet(stored, '"经济学"')).toEqual(['whole']);
    expect(idSet(stored, '经济').sort()).toEqual(['across', 'apart', 'whole']);
  });
});
