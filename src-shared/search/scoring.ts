/** BM25F: term frequencies summed over fields with per-field weights and length normalisation, then saturated. */
import { FIELD_COUNT, FIELDS, type FieldWeights } from './fields';
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
  return (termIdf * weighted * (s.k1 + 1)) / (weighted + s.k1);
}
