/** Walks the postings of one term in one segment, document by document, reading positions only when asked. */
import { ByteReader } from './bytes';
import { PostingReader } from './posting-format';
import { FIELD_COUNT } from './fields';
import type { Segment } from './segment';

export const NO_MORE_DOCS = 0x7fffffff;

export class PostingCursor {
  doc = -1;
  mask = 0;
  /** Term frequency per field, for the current document. */
  readonly tf: Uint32Array;
  readonly hasPositions: boolean;
  private readonly post: PostingReader;
  private readonly postEnd: number;
  private readonly pos: ByteReader;
  private positionsRead = true;
  /** After loadPositions(): the current document's positions, field after field, sorted within each field. */
  posBuf = new Int32Array(16);
  /** Where each field's positions start in posBuf (FIELD_COUNT + 1 entries). */
  readonly posFrom = new Int32Array(FIELD_COUNT + 1);

  constructor(seg: Segment, term: number) {
    this.post = new PostingReader(seg.postings, seg.postStart[term] ?? 0);
    this.tf = this.post.tf;
    this.postEnd = seg.postStart[term + 1] ?? 0;
    const posAt = seg.posStart[term] ?? 0;
    this.pos = new ByteReader(seg.positions, posAt);
    this.hasPositions = (seg.posStart[term + 1] ?? 0) > posAt;
  }

  /** Moves to the next document; false (and doc = NO_MORE_DOCS) at the end. */
  next(): boolean {
    if (this.hasPositions && !this.positionsRead) this.pos.skip(this.post.occurrences);
    if (this.post.at >= this.postEnd) {
      this.doc = NO_MORE_DOCS;
      return false;
    }
    this.post.read();
    this.doc += this.post.delta;
    this.mask = this.post.mask;
    this.positionsRead = false;
    return true;
  }

  /** Moves to the first document ≥ target. */
  advance(target: number): boolean {
    while (this.doc < target) if (!this.next()) return false;
    return this.doc !== NO_MORE_DOCS;
  }

  /** Total occurrences in the fields of `allowed` for the current document. */
  tfIn(allowed: number): number {
    let sum = 0;
    const m = this.mask & allowed;
    for (let f = 0; f < FIELD_COUNT; f++) if (m & (1 << f)) sum += this.tf[f] ?? 0;
    return sum;
  }

  /** The positions of the current document in `field` (a view, valid until the next move), sorted. */
  positions(field: number): Int32Array {
    this.loadPositions();
    return this.posBuf.subarray(this.posFrom[field] ?? 0, this.posFrom[field + 1] ?? 0);
  }

  /** Decodes the current document's positions into posBuf / posFrom (no allocation once the buffer is big enough). */
  loadPositions(): void {
    if (this.positionsRead) return;
    if (!this.hasPositions) {
      this.posFrom.fill(0);
      this.positionsRead = true;
      return;
    }
    const total = this.post.occurrences;
    if (this.posBuf.length < total) this.posBuf = new Int32Array(Math.max(total, this.posBuf.length * 2));
    // The hot loop of phrase queries: varints decoded inline, on locals.
    const buf = this.pos.buf;
    const out = this.posBuf;
    let at = this.pos.at;
    let k = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.posFrom[f] = k;
      if (!(this.mask & (1 << f))) continue;
      let p = 0;
      const tf = this.tf[f] as number;
      for (let q = 0; q < tf; q++) {
        let byte = buf[at++] as number;
        let v = byte & 0x7f;
        let shift = 7;
        while (byte & 0x80) {
          byte = buf[at++] as number;
          v += (byte & 0x7f) * 2 ** shift;
          shift += 7;
        }
        p = q === 0 ? v : p + v;
        out[k++] = p;
      }
    }
    this.pos.at = at;
    this.posFrom[FIELD_COUNT] = k;
    this.positionsRead = true;
  }
}
