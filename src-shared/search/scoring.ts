/**
 * BM25F: term frequencies summed over fields with per-field weights and length normalisation, then saturated.
 * A match in the title or the author is then boosted beyond saturation: a word of the title (what a reader
 * remembers an article by) outranks a body that repeats it.
 */
import { FIELD_COUNT, FIELDS, fieldBit, type FieldWeights } from './fields';
import { fieldLength, type Segment } from './segment';

export interface Scoring {
  /** Weight per field (tags: 0). */
  weights: Float64Array;
  /** Average length per field over the live documents. */
  avgLen: Float64Array;
  /** Live documents. */
  docs: number;
  k1: number;
  b: number;
}

/** The score of a term found in the title is multiplied by 1 + TITLE_BOOST; in the author, by 1 + AUTHOR_BOOST. */
export const TITLE_BOOST = 1;
export const AUTHOR_BOOST = 0.5;
const TITLE_BIT = fieldBit('title');
const AUTHOR_BIT = fieldBit('author');

export function weightArray(w: FieldWeights): Float64Array {
  return Float64Array.from(FIELDS, (f) => (f === 'tags' ? 0 : w[f]));
}

export function idf(docs: number, df: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/** The BM25F score of one term (or phrase) in document `doc`, given its frequency per field in `mask`. */
export function bm25f(
  s: Scoring,
  seg: Segment,
  doc: number,
  mask: number,
  tf: ArrayLike<number>,
  termIdf: number,
): number {
  let weighted = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    if (!(mask & (1 << f))) continue;
    const w = s.weights[f] ?? 0;
    if (w === 0) continue;
    const avg = s.avgLen[f] || 1;
    weighted += (w * (tf[f] ?? 0)) / (1 - s.b + (s.b * fieldLength(seg, doc, f)) / avg);
  }
  const boost = mask & TITLE_BIT ? 1 + TITLE_BOOST : mask & AUTHOR_BIT ? 1 + AUTHOR_BOOST : 1;
  return (boost * termIdf * weighted * (s.k1 + 1)) / (weighted + s.k1);
}
