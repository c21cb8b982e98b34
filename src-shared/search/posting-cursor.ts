/** Walks the postings of one term in one segment, document by document, reading positions only when asked. */
import { ByteReader } from './bytes';
import { VARINT } from './packed-positions';
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
  /** The run's width (see packed-positions.ts): VARINT, or bits per value read at `bit`. */
  private readonly width: number;
  private bit: number;
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
    this.hasPositions = (seg.posStart[term + 1] ?? 0) > posAt;
    this.width = this.hasPositions ? (seg.positions[posAt] as number) : VARINT;
    this.pos = new ByteReader(seg.positions, posAt + 1);
    this.bit = (posAt + 1) * 8;
  }

  /** Moves to the next document; false (and doc = NO_MORE_DOCS) at the end. */
  next(): boolean {
    if (this.hasPositions && !this.positionsRead) {
      if (this.width === VARINT) this.pos.skip(this.post.occurrences);
      else this.bit += this.post.occurrences * this.width;
    }
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
    let k = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.posFrom[f] = k;
      if (!(this.mask & (1 << f))) continue;
      const tf = this.tf[f] as number;
      k = this.width === VARINT ? this.varintField(k, tf) : this.packedField(k, tf);
    }
    this.posFrom[FIELD_COUNT] = k;
    this.positionsRead = true;
  }

  /**
   * The hot loops of phrase queries: one field's `tf` positions (the first absolute, then gaps) decoded into
   * posBuf from `k` on locals; they return where the next field starts. Varints, inline:
   */
  private varintField(k: number, tf: number): number {
    const buf = this.pos.buf;
    const out = this.posBuf;
    let at = this.pos.at;
    let p = 0;
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
    this.pos.at = at;
    return k;
  }

  /** Fixed width: each value one 32-bit window, shifted and masked. */
  private packedField(k: number, tf: number): number {
    const buf = this.pos.buf;
    const out = this.posBuf;
    const width = this.width;
    const mask = (1 << width) - 1;
    let bit = this.bit;
    let p = 0;
    for (let q = 0; q < tf; q++) {
      const i = bit >>> 3;
      const v =
        (((buf[i] as number) | ((buf[i + 1] as number) << 8) | ((buf[i + 2] as number) << 16) | ((buf[i + 3] as number) << 24)) >>>
          (bit & 7)) &
        mask;
      bit += width;
      p = q === 0 ? v : p + v;
      out[k++] = p;
    }
    this.bit = bit;
    return k;
  }
}
