/**
 * How one document's entry in a term's postings is written. Most entries are "in the body, once" (a CJK bigram
 * nearly always is), so the two low bits of the first varint say which of three forms follows:
 *   docDelta * 4 + 0   in the body only, once
 *   docDelta * 4 + 1   in the body only; then varint(tf)
 *   docDelta * 4 + 2   then a byte with the field mask, then varint(tf) for every field in it
 * docDelta is the document number minus the previous one's (the first counts from -1).
 */
import type { ByteWriter } from './bytes';
import { FIELD_COUNT, FIELDS, fieldBit } from './fields';

export const BODY = FIELDS.indexOf('body');
const BODY_BIT = fieldBit('body');

export function writePosting(w: ByteWriter, delta: number, mask: number, tf: ArrayLike<number>): void {
  if (mask === BODY_BIT) {
    const n = tf[BODY] ?? 0;
    if (n === 1) w.varint(delta * 4);
    else {
      w.varint(delta * 4 + 1);
      w.varint(n);
    }
    return;
  }
  w.varint(delta * 4 + 2);
  w.varint(mask);
  for (let f = 0; f < FIELD_COUNT; f++) if (mask & (1 << f)) w.varint(tf[f] ?? 0);
}

/** Decodes entries one by one from `buf`, without allocating: `delta`, `mask` and `tf` describe the last one read. */
export class PostingReader {
  delta = 0;
  mask = 0;
  /** Occurrences in all fields together. */
  occurrences = 0;
  readonly tf = new Uint32Array(FIELD_COUNT);

  constructor(
    readonly buf: Uint8Array,
    public at: number,
  ) {}

  private varint(): number {
    const b = this.buf;
    let byte = b[this.at++] as number;
    let v = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = b[this.at++] as number;
      v += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    return v;
  }

  read(): void {
    const v = this.varint();
    const code = v & 3;
    this.delta = (v - code) / 4;
    const tf = this.tf;
    if (code === 2) {
      const mask = this.varint();
      this.mask = mask;
      let sum = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const n = mask & (1 << f) ? this.varint() : 0;
        tf[f] = n;
        sum += n;
      }
      this.occurrences = sum;
      return;
    }
    if (this.mask !== BODY_BIT) {
      tf.fill(0);
      this.mask = BODY_BIT;
    }
    const n = code === 0 ? 1 : this.varint();
    tf[BODY] = n;
    this.occurrences = n;
  }
}
