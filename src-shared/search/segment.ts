/**
 * A segment: an immutable, compact index of a batch of documents (Lucene's design). Terms are sorted and stored in
 * one string; per term, a run of varint postings and a run of varint positions.
 *
 * Postings of a term: per document in order, its number and term frequency per field (see posting-format.ts).
 * Positions (none for unigrams and tags), per document: for every field in the mask, its tf positions as deltas
 * (the first absolute). Documents are numbered from 0 within the segment.
 */
import { FIELD_COUNT } from './fields';

export interface Segment {
  docIds: string[];
  /** Per document, what the library knows it by (see SearchDocument.version), or null. */
  versions: (string | null)[];
  /** Tokens per field: fieldLens[doc * FIELD_COUNT + field]. */
  fieldLens: Uint32Array;
  /** 1 where the document was removed since the segment was made (purged at the next merge). */
  deleted: Uint8Array;
  deletedCount: number;
  termText: string;
  /** termCount + 1 offsets into termText. */
  termStart: Uint32Array;
  /** Documents per term (deleted ones included until the next merge). */
  df: Uint32Array;
  /** termCount + 1 offsets into postings. */
  postStart: Uint32Array;
  /** termCount + 1 offsets into positions. */
  posStart: Uint32Array;
  postings: Uint8Array;
  positions: Uint8Array;
  /** id → document number; made on first use. */
  idMap: Map<string, number> | null;
}

export const termCount = (seg: Segment): number => seg.termStart.length - 1;
export const docCount = (seg: Segment): number => seg.docIds.length;
export const liveCount = (seg: Segment): number => seg.docIds.length - seg.deletedCount;

export function termAt(seg: Segment, t: number): string {
  return seg.termText.slice(seg.termStart[t] ?? 0, seg.termStart[t + 1] ?? 0);
}

/** Compares term t with s, looking at most at the first `limit` characters of the term. */
function compare(seg: Segment, t: number, s: string, limit: number): number {
  const a = seg.termStart[t] ?? 0;
  const len = Math.min((seg.termStart[t + 1] ?? 0) - a, limit);
  const n = Math.min(len, s.length);
  const text = seg.termText;
  for (let k = 0; k < n; k++) {
    const d = text.charCodeAt(a + k) - s.charCodeAt(k);
    if (d !== 0) return d;
  }
  return len - s.length;
}

/** The first term index whose (first `limit` characters) compare ≥ s (or > s when `after`). */
function bound(seg: Segment, s: string, limit: number, after: boolean): number {
  let lo = 0;
  let hi = termCount(seg);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(seg, mid, s, limit);
    if (c < 0 || (after && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of `term`, or -1. */
export function findTerm(seg: Segment, term: string): number {
  const t = bound(seg, term, Infinity, false);
  return t < termCount(seg) && compare(seg, t, term, Infinity) === 0 ? t : -1;
}

/** The range [from, to) of the terms that start with `prefix`. */
export function prefixRange(seg: Segment, prefix: string): [number, number] {
  return [bound(seg, prefix, prefix.length, false), bound(seg, prefix, prefix.length, true)];
}

export function idMap(seg: Segment): Map<string, number> {
  if (!seg.idMap) {
    const map = new Map<string, number>();
    seg.docIds.forEach((id, doc) => {
      if (!seg.deleted[doc]) map.set(id, doc);
    });
    seg.idMap = map;
  }
  return seg.idMap;
}

export function fieldLength(seg: Segment, doc: number, field: number): number {
  return seg.fieldLens[doc * FIELD_COUNT + field] ?? 0;
}
