/**
 * Pass 1 over the corpus: builds Offprint's index (timing only the index's own work), notes where each article
 * is in the file, and finds the true answers of every query by brute force. Then stores the index and measures
 * what it costs to read it back, in time and memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvertedIndex } from '../../src-shared/search';
import type { BenchArticle } from '../generator/article';
import { CORPUS_DIR } from '../generator/generate';
import { lines } from './corpus-reader';
import { memory } from './measure';
import { foldArticle, type BenchQuery } from './queries';

export interface OursBuild {
  addMs: number;
  compactMs: number;
  segmentsBeforeCompact: number;
  terms: number;
  serializeMs: number;
  bytes: number;
  loadMs: number;
  heapBytes: number;
  arrayBufferBytes: number;
  /** Where the stored index was written. */
  file: string;
  /** The index as read back from its stored form: the one the queries run on. */
  index: InvertedIndex;
  ids: string[];
  offsets: Float64Array;
  lengths: Uint32Array;
  truth: number[][];
  corpusBytes: number;
  scanMs: number;
}

export function buildOurs(path: string, size: number, queries: readonly BenchQuery[]): OursBuild {
  const built = buildAndStore(path, size, queries);
  // The index that was built is out of scope now: measure what reading the stored one back costs.
  const before = memory();
  const bytes = readFileSync(built.file);
  const t = performance.now();
  const loaded = InvertedIndex.deserialize(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const loadMs = performance.now() - t;
  const after = memory();
  return {
    ...built,
    loadMs,
    heapBytes: after.heap - before.heap,
    arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
    index: loaded,
  };
}

function buildAndStore(path: string, size: number, queries: readonly BenchQuery[]) {
  const index = new InvertedIndex();
  const ids: string[] = [];
  const offsets = new Float64Array(size);
  const lengths = new Uint32Array(size);
  const truth: number[][] = queries.map(() => []);
  let addMs = 0;
  let scanMs = 0;
  let corpusBytes = 0;
  for (const line of lines(path, size)) {
    const a = JSON.parse(line.text) as BenchArticle;
    offsets[line.index] = line.offset;
    lengths[line.index] = line.length;
    corpusBytes += line.length;
    ids.push(a.id);
    const t = performance.now();
    index.add(a);
    addMs += performance.now() - t;
    const s = performance.now();
    const folded = foldArticle(a);
    queries.forEach((q, k) => {
      if (q.matches(folded)) truth[k]?.push(line.index);
    });
    scanMs += performance.now() - s;
    if ((line.index + 1) % 10000 === 0) console.log(`  indexed ${line.index + 1} articles`);
  }
  if (index.size !== size) throw new Error(`${size - index.size} articles share an id: the corpus is faulty`);
  const segmentsBeforeCompact = index.stats().segments;
  let t = performance.now();
  index.compact();
  const compactMs = performance.now() - t;
  const terms = index.stats().terms;
  t = performance.now();
  const stored = index.serialize();
  const serializeMs = performance.now() - t;
  const file = join(CORPUS_DIR, `offprint-index-${size}.bin`);
  writeFileSync(file, stored);
  return {
    addMs,
    compactMs,
    segmentsBeforeCompact,
    terms,
    serializeMs,
    bytes: stored.length,
    ids,
    offsets,
    lengths,
    truth,
    corpusBytes,
    scanMs,
    file,
  };
}
