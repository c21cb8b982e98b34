/**
 * Merges segments into one, dropping removed documents and the terms only they had. Postings are re-encoded
 * with the new document numbers; positions do not depend on the numbering, but a term's run is written in one
 * form (see packed-positions.ts), so its values are read from every segment and the run written again.
 */
import { ByteWriter, IntList } from './bytes';
import { PositionRunReader, writePositionRun } from './packed-positions';
import { PostingReader, writePosting } from './posting-format';
import { FIELD_COUNT } from './fields';
import { docCount, termAt, termCount, type Segment } from './segment';

export function mergeSegments(segs: readonly Segment[]): Segment {
  const docIds: string[] = [];
  const versions: (string | null)[] = [];
  const remaps: Int32Array[] = [];
  const bases: number[] = [];
  let live = 0;
  for (const seg of segs) live += docCount(seg) - seg.deletedCount;
  const fieldLens = new Uint32Array(live * FIELD_COUNT);
  for (const seg of segs) {
    bases.push(docIds.length);
    const remap = new Int32Array(docCount(seg)).fill(-1);
    for (let d = 0; d < docCount(seg); d++) {
      if (seg.deleted[d]) continue;
      const to = docIds.length;
      remap[d] = to;
      docIds.push(seg.docIds[d] ?? '');
      versions.push(seg.versions[d] ?? null);
      fieldLens.set(seg.fieldLens.subarray(d * FIELD_COUNT, (d + 1) * FIELD_COUNT), to * FIELD_COUNT);
    }
    remaps.push(remap);
  }

  const cursor = segs.map(() => 0);
  const current: (string | null)[] = segs.map((seg) => (termCount(seg) > 0 ? termAt(seg, 0) : null));
  const terms: string[] = [];
  const termStart: number[] = [0];
  const dfs: number[] = [];
  const postStart: number[] = [0];
  const posStart: number[] = [0];
  let totalPost = 0;
  let totalPos = 0;
  for (const seg of segs) {
    totalPost += seg.postings.length;
    totalPos += seg.positions.length;
  }
  const post = new ByteWriter(totalPost + 16);
  const pos = new ByteWriter(totalPos + 16);
  const values = new IntList(1024);
  let textLength = 0;

  for (;;) {
    let min: string | null = null;
    for (const t of current) if (t !== null && (min === null || t < min)) min = t;
    if (min === null) break;
    let prevDoc = -1;
    let df = 0;
    values.length = 0;
    segs.forEach((seg, s) => {
      if (current[s] !== min) return;
      const t = cursor[s] ?? 0;
      const added =
        seg.deletedCount === 0
          ? appendShifted(seg, t, bases[s] ?? 0, prevDoc, post, values)
          : appendRemapped(seg, t, remaps[s] as Int32Array, prevDoc, post, values);
      if (added.df > 0) prevDoc = added.lastDoc;
      df += added.df;
      cursor[s] = t + 1;
      current[s] = t + 1 < termCount(seg) ? termAt(seg, t + 1) : null;
    });
    if (df === 0) continue; // only removed documents had it: nothing was written, the term goes
    if (values.length > 0) writePositionRun(pos, values.data, values.length);
    terms.push(min);
    textLength += min.length;
    termStart.push(textLength);
    dfs.push(df);
    postStart.push(post.length);
    posStart.push(pos.length);
  }
  return {
    docIds,
    versions,
    fieldLens,
    deleted: new Uint8Array(docIds.length),
    deletedCount: 0,
    termText: terms.join(''),
    termStart: Uint32Array.from(termStart),
    df: Uint32Array.from(dfs),
    postStart: Uint32Array.from(postStart),
    posStart: Uint32Array.from(posStart),
    postings: post.finish(),
    positions: pos.finish(),
    idMap: null,
  };
}

interface Appended {
  df: number;
  lastDoc: number;
}

const hasRun = (seg: Segment, t: number): boolean => (seg.posStart[t + 1] ?? 0) > (seg.posStart[t] ?? 0);

/**
 * A segment without removed documents keeps its order, only shifted by `base`: the postings are copied byte for
 * byte but the first document's entry, and all the positions' values are taken.
 */
function appendShifted(seg: Segment, t: number, base: number, prevDoc: number, post: ByteWriter, values: IntList): Appended {
  const end = seg.postStart[t + 1] as number;
  const reader = new PostingReader(seg.postings, seg.postStart[t] as number);
  reader.read();
  let doc = reader.delta - 1;
  writePosting(post, doc + base - prevDoc, reader.mask, reader.tf);
  const rest = reader.at;
  let occurrences = reader.occurrences;
  while (reader.at < end) {
    reader.read(); // only to learn the last document and the number of positions
    doc += reader.delta;
    occurrences += reader.occurrences;
  }
  post.bytes(seg.postings, rest, end);
  if (hasRun(seg, t)) {
    const run = new PositionRunReader(seg.positions, seg.posStart[t] as number);
    for (let k = 0; k < occurrences; k++) values.push(run.next());
  }
  return { df: seg.df[t] as number, lastDoc: doc + base };
}

/** A segment with removed documents: every posting decoded, renumbered, and written again. */
function appendRemapped(seg: Segment, t: number, remap: Int32Array, prevDoc: number, post: ByteWriter, values: IntList): Appended {
  const reader = new PostingReader(seg.postings, seg.postStart[t] ?? 0);
  const end = seg.postStart[t + 1] ?? 0;
  const run = hasRun(seg, t) ? new PositionRunReader(seg.positions, seg.posStart[t] ?? 0) : null;
  let doc = -1;
  let df = 0;
  let last = prevDoc;
  while (reader.at < end) {
    reader.read();
    doc += reader.delta;
    const to = remap[doc] ?? -1;
    if (to < 0) {
      run?.skip(reader.occurrences);
      continue;
    }
    writePosting(post, to - last, reader.mask, reader.tf);
    if (run) for (let k = 0; k < reader.occurrences; k++) values.push(run.next());
    last = to;
    df++;
  }
  return { df, lastDoc: last };
}
