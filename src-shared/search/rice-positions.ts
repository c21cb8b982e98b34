/**
 * Positions of CJK bigrams, written with Rice codes in one bit stream per term (issue 15: they were two fifths of
 * the index). A bigram is nearly always once in a document, at a position spread evenly over the field, so a
 * varint spends 16 bits on a number of about 11 bits. Here every gap (the first position, then the distance to the
 * one before) of a field with `tf` positions in `len` tokens is written with the parameter k = ⌊log2(len / tf)⌋:
 * the gap's high part (gap >> k) in unary (that many 1 bits, then a 0), then its k low bits. Both sides know len
 * (the field's length, kept per document) and tf (from the postings), so k is never stored; the bits of a
 * document do not depend on its number, and a merge decodes and writes them again only to change their
 * alignment. Bits fill each byte from its lowest; a term's stream ends on a whole byte.
 * Word positions stay varints (see segment.ts): they are read far more often, in every phrase and rerank.
 */
import { isCjk } from '../text/script';

/** Whether a term's positions are Rice-coded: the terms with positions that start with a CJK character (bigrams). */
export function riceCodedTerm(term: string): boolean {
  return isCjk(term.codePointAt(0) ?? 0);
}

const MAX_K = 24;

/** The Rice parameter of a field of `len` tokens holding `tf` positions. */
export function riceParameter(len: number, tf: number): number {
  const ratio = tf > 0 ? Math.floor(len / tf) : 0;
  return ratio < 2 ? 0 : Math.min(MAX_K, 31 - Math.clz32(ratio));
}

export class BitWriter {
  private buf = new Uint8Array(256);
  private length = 0;
  private acc = 0;
  private bits = 0;

  private put(value: number, count: number): void {
    this.acc |= value << this.bits;
    this.bits += count;
    while (this.bits >= 8) {
      if (this.length === this.buf.length) {
        const next = new Uint8Array(this.buf.length * 2);
        next.set(this.buf);
        this.buf = next;
      }
      this.buf[this.length++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }

  /** Writes `v` (≥ 0) with parameter k. */
  rice(v: number, k: number): void {
    let q = Math.floor(v / 2 ** k);
    while (q > 16) {
      this.put(0xffff, 16);
      q -= 16;
    }
    this.put((1 << q) - 1, q + 1); // q ones, then the 0 that ends them
    if (k > 0) this.put(v & ((1 << k) - 1), k);
  }

  /** Pads to a whole byte; the bytes written since the last call, and the writer is empty again. */
  take(): Uint8Array {
    if (this.bits > 0) this.put(0, 8 - this.bits);
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

export class BitReader {
  /** The next bit is bit `bit` (0 = lowest) of buf[at]. */
  bit = 0;

  constructor(
    readonly buf: Uint8Array,
    public at: number,
  ) {}

  rice(k: number): number {
    const buf = this.buf;
    let at = this.at;
    let bit = this.bit;
    let q = 0;
    // The unary part: count the 1 bits up to the first 0 (a damaged stream ends at the buffer's end).
    for (;;) {
      const byte = ((buf[at] ?? 0) >> bit) | 0;
      if (byte === (0xff >> bit) && at < buf.length) {
        q += 8 - bit;
        at++;
        bit = 0;
        continue;
      }
      const ones = 31 - Math.clz32(~byte & (byte + 1)); // trailing ones of `byte`
      q += ones;
      bit += ones + 1;
      if (bit >= 8) {
        at++;
        bit -= 8;
      }
      break;
    }
    let r = 0;
    let got = 0;
    while (got < k) {
      const take = Math.min(8 - bit, k - got);
      r += (((buf[at] ?? 0) >> bit) & ((1 << take) - 1)) * 2 ** got;
      got += take;
      bit += take;
      if (bit === 8) {
        at++;
        bit = 0;
      }
    }
    this.at = at;
    this.bit = bit;
    return q * 2 ** k + r;
  }
}
