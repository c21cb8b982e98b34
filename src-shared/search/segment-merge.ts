/**
 * Merges segments into one, dropping removed documents and the terms only they had. Postings are re-encoded
 * with the new document numbers; positions are copied byte for byte (they do not depend on the numbering).
 */
import { ByteReader, ByteWriter } from './bytes';
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
  let textLength = 0;

  for (;;) {
    let min: string | null = null;
    for (const t of current) if (t !== null && (min === null || t < min)) min = t;
    if (min === null) break;
    let prevDoc = -1;
    let df = 0;
    segs.forEach((seg, s) => {
      if (current[s] !== min) return;
      const t = cursor[s] ?? 0;
      const added =
        seg.deletedCount === 0
          ? appendShifted(seg, t, bases[s] ?? 0, prevDoc, post, pos)
          : appendRemapped(seg, t, remaps[s] as Int32Array, prevDoc, post, pos);
      if (added.df > 0) prevDoc = added.lastDoc;
      df += added.df;
      cursor[s] = t + 1;
      current[s] = t + 1 < termCount(seg) ? termAt(seg, t + 1) : null;
    });
    if (df === 0) continue; // only removed documents had it: nothing was written, the term goes
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

/**
 * A segment without removed documents keeps its order, only shifted by `base`: the postings are copied byte for
 * byte but the first document's entry, and the positions are copied whole.
 */
function appendShifted(seg: Segment, t: number, base: number, prevDoc: number, post: ByteWriter, pos: ByteWriter): Appended {
  const end = seg.postStart[t + 1] as number;
  const reader = new PostingReader(seg.postings, seg.postStart[t] as number);
  reader.read();
  let doc = reader.delta - 1;
  writePosting(post, doc + base - prevDoc, reader.mask, reader.tf);
  const rest = reader.at;
  while (reader.at < end) {
    reader.read(); // only to learn the last document
    doc += reader.delta;
  }
  post.bytes(seg.postings, rest, end);
  pos.bytes(seg.positions, seg.posStart[t] as number, seg.posStart[t + 1] as number);
  return { df: seg.df[t] as number, lastDoc: doc + base };
}

/** A segment with removed documents: every posting decoded, renumbered, and written again. */
function appendRemapped(seg: Segment, t: number, remap: Int32Array, prevDoc: number, post: ByteWriter, pos: ByteWriter): Appended {
  const reader = new PostingReader(seg.postings, seg.postStart[t] ?? 0);
  const end = seg.postStart[t + 1] ?? 0;
  const posReader = new ByteReader(seg.positions, seg.posStart[t] ?? 0);
  const withPositions = (seg.posStart[t + 1] ?? 0) > (seg.posStart[t] ?? 0);
  let doc = -1;
  let df = 0;
  let last = prevDoc;
  while (reader.at < end) {
    reader.read();
    doc += reader.delta;
    const from = posReader.at;
    if (withPositions) posReader.skip(reader.occurrences);
    const to = remap[doc] ?? -1;
    if (to < 0) continue;
    writePosting(post, to - last, reader.mask, reader.tf);
    if (withPositions) pos.bytes(seg.positions, from, posReader.at);
    last = to;
    df++;
  }
  return { df, lastDoc: last };
}
