/**
 * Writes a batch of collected token occurrences out as a Segment: a stable counting sort groups them by term,
 * keeping them in document, field and position order; the terms are sorted; each term's postings and positions are
 * encoded (see segment.ts, posting-format.ts and packed-positions.ts).
 */
import { ByteWriter, IntList } from './bytes';
import { FIELD_COUNT } from './fields';
import { writePositionRun } from './packed-positions';
import { writePosting } from './posting-format';
import type { Segment } from './segment';

export interface Occurrences {
  terms: readonly string[];
  /** 1 where the term is indexed with positions (words, bigrams), 0 where not (unigrams, tags). */
  termHasPositions: readonly number[];
  occurrences: number;
  /** Per occurrence: the term, the document * 8 + field, the position. */
  occTerm: Int32Array;
  occDocField: Int32Array;
  occPos: Int32Array;
  docIds: string[];
  versions: (string | null)[];
  /** FIELD_COUNT lengths per document. */
  fieldLens: Int32Array;
  removed: ReadonlySet<number>;
}

export function encodeSegment(input: Occurrences): Segment {
  const nTerms = input.terms.length;
  const nOcc = input.occurrences;
  const occTerm = input.occTerm;
  // A stable counting sort by term: each term's occurrences end up together, in document and position order.
  const starts = new Int32Array(nTerms + 1);
  for (let k = 0; k < nOcc; k++) {
    const t = (occTerm[k] as number) + 1;
    starts[t] = (starts[t] as number) + 1;
  }
  for (let t = 0; t < nTerms; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
  const fill = starts.slice(0, nTerms);
  const docField = new Int32Array(nOcc);
  const occPos = new Int32Array(nOcc);
  const srcDocField = input.occDocField;
  const srcPos = input.occPos;
  for (let k = 0; k < nOcc; k++) {
    const t = occTerm[k] as number;
    const at = fill[t] as number;
    fill[t] = at + 1;
    docField[at] = srcDocField[k] as number;
    occPos[at] = srcPos[k] as number;
  }
  const list = input.terms;
  const sorted = Array.from({ length: nTerms }, (_, i) => i).sort((a, b) => {
    const x = list[a] as string;
    const y = list[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const termStart = new Uint32Array(nTerms + 1);
  const df = new Uint32Array(nTerms);
  const postStart = new Uint32Array(nTerms + 1);
  const posStart = new Uint32Array(nTerms + 1);
  const post = new ByteWriter(nOcc * 2 + 16);
  const pos = new ByteWriter(nOcc * 2 + 16);
  const tf = new Int32Array(FIELD_COUNT);
  const values = new IntList(1024);
  let textLength = 0;
  for (let k = 0; k < nTerms; k++) {
    const t = sorted[k] as number;
    termStart[k] = textLength;
    textLength += (list[t] as string).length;
    postStart[k] = post.length;
    posStart[k] = pos.length;
    const withPositions = input.termHasPositions[t] === 1;
    const end = starts[t + 1] as number;
    let at = starts[t] as number;
    let prevDoc = -1;
    let docs = 0;
    values.length = 0;
    while (at < end) {
      const doc = (docField[at] as number) >> 3;
      let mask = 0;
      let stop = at;
      while (stop < end && (docField[stop] as number) >> 3 === doc) {
        const f = (docField[stop] as number) & 7;
        if (!(mask & (1 << f))) {
          mask |= 1 << f;
          tf[f] = 0;
        }
        tf[f] = (tf[f] as number) + 1;
        stop++;
      }
      writePosting(post, doc - prevDoc, mask, tf);
      if (withPositions) {
        let prev = 0;
        let prevField = -1;
        for (let q = at; q < stop; q++) {
          const f = (docField[q] as number) & 7;
          const p = occPos[q] as number;
          values.push(f === prevField ? p - prev : p);
          prev = p;
          prevField = f;
        }
      }
      prevDoc = doc;
      docs++;
      at = stop;
    }
    if (withPositions) writePositionRun(pos, values.data, values.length);
    df[k] = docs;
  }
  termStart[nTerms] = textLength;
  postStart[nTerms] = post.length;
  posStart[nTerms] = pos.length;
  const n = input.docIds.length;
  const deleted = new Uint8Array(n);
  for (const local of input.removed) deleted[local] = 1;
  return {
    docIds: input.docIds,
    versions: input.versions,
    fieldLens: Uint32Array.from(input.fieldLens.subarray(0, n * FIELD_COUNT)),
    deleted,
    deletedCount: input.removed.size,
    termText: sorted.map((t) => input.terms[t] ?? '').join(''),
    termStart,
    df,
    postStart,
    posStart,
    postings: post.finish(),
    positions: pos.finish(),
    idMap: null,
  };
}
