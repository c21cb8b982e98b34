import { describe, expect, it } from 'vitest';
import { InvertedIndex, type SearchDocument } from '../../../../src-shared/search';
import { ByteWriter } from '../../../../src-shared/search/bytes';
import { PositionRunReader, VARINT, writePositionRun } from '../../../../src-shared/search/packed-positions';
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

function roundTrip(values: number[]): { width: number; bytes: number; read: number[]; skipped: number } {
  const w = new ByteWriter();
  writePositionRun(w, Int32Array.from(values), values.length);
  const bytes = w.finish();
  const r = new PositionRunReader(bytes, 0);
  const read = values.map(() => r.next());
  const s = new PositionRunReader(bytes, 0);
  s.skip(values.length - 1);
  return { width: r.width, bytes: bytes.length, read, skipped: s.next() };
}

describe('position runs', () => {
  it('read back every value written, in the form that takes fewer bytes, and skip without reading', () => {
    const rand = random(7);
    for (const max of [1, 2, 100, 1700, 5000, 2 ** 20, 2 ** 25 - 1, 2 ** 26, 2 ** 31 - 1]) {
      const values = Array.from({ length: 1 + Math.floor(rand() * 300) }, () => Math.floor(rand() * (max + 1)));
      values.push(max);
      const run = roundTrip(values);
      expect(run.read, `max ${max}`).toEqual(values);
      expect(run.skipped).toBe(max);
    }
  });

  it("pack positions spread over a long body in 11 bits instead of a varint's 16", () => {
    const values = Array.from({ length: 1000 }, (_, i) => 200 + ((i * 7919) % 1800));
    const run = roundTrip(values);
    expect(run.width).toBe(11);
    expect(run.bytes).toBe(1 + Math.ceil((1000 * 11) / 8));
    expect(run.read).toEqual(values);
  });

  it('keep varints where they are smaller: small gaps with a rare large one', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i === 500 ? 100000 : 3));
    const run = roundTrip(values);
    expect(run.width).toBe(VARINT);
    expect(run.bytes).toBe(1 + 999 + 3);
    expect(run.read).toEqual(values);
  });
});

/** Texts of a few Han characters (so that most bigrams meet often and in every order), and a few words. */
function library(count: number): SearchDocument[] {
  const rand = random(15);
  const han = ['经', '济', '学', '网', '络', '安', '全'];
  const words = ['of', 'the', 'supply', 'chain', 'national', 'security'];
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const cjk = (min: number, spread: number): string =>
    Array.from({ length: min + Math.floor(rand() * spread) }, () => pick(han)).join('') + (rand() < 0.3 ? '。' : '');
  const english = (n: number): string => Array.from({ length: n }, () => pick(words)).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    title: i % 2 ? cjk(2, 8) : english(1 + Math.floor(rand() * 5)),
    author: cjk(2, 4),
    // Some long bodies, so that positions need wide runs, and some short ones.
    body:
      i % 2
        ? Array.from({ length: 1 + Math.floor(rand() * 4) }, () => cjk(5, i % 7 === 0 ? 3000 : 300)).join('\n\n')
        : english(i % 9 === 0 ? 4000 : 1 + Math.floor(rand() * 200)),
  }));
}

const queries = ['经济', '经济学', '济学经', '网络安全', '安全网络', '学学', '全全全', '经济学网络安全', '络安全经济'];
const phrases = ['"of the"', '"supply chain"', '"national security of"', '"the the"', '"chain supply"'];

/** What a scan finds: the documents whose field holds the query as it is (CJK) or the words in a row. */
function scan(docs: SearchDocument[], removed: Set<string>, q: string): string[] {
  const words = q.replace(/"/g, '').split(' ');
  const has = (t: string): boolean =>
    /^[a-z ]+$/.test(words.join(' ')) ? ` ${t} `.includes(` ${words.join(' ')} `) : t.includes(q);
  return docs
    .filter((d) => !removed.has(d.id))
    .filter((d) => [d.title, d.author, d.body].some((t) => has(t ?? '')))
    .map((d) => d.id)
    .sort();
}

describe('phrases on packed positions', () => {
  it('find exactly what a scan finds, through segments, merges with removals, compaction and a round trip', () => {
    const docs = library(160);
    const index = indexOf(docs, { flushDocs: 7, mergeFactor: 3 });
    const removed = new Set(docs.filter((_, i) => i % 5 === 2).map((d) => d.id));
    for (const id of removed) index.remove(id);
    index.add(doc('late', '经济学网络安全 of the supply chain', { title: '学经济' })); // into a segment merged with removals
    docs.push({ id: 'late', title: '学经济', body: '经济学网络安全 of the supply chain' });
    const check = (i: InvertedIndex): void => {
      for (const q of [...queries, ...phrases]) expect(idSet(i, q), q).toEqual(scan(docs, removed, q));
    };
    check(index);
    check(InvertedIndex.deserialize(index.serialize()));
    index.compact();
    check(index);
    check(InvertedIndex.deserialize(index.serialize()));
    for (const q of ['经济学网络安全', '"of the"', '"national security of"']) expect(scan(docs, removed, q).length, q).toBeGreaterThan(0);
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
