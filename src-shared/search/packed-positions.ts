/**
 * How a term's positions are stored (issue 15, memory). The values are those of segment.ts (per document, per
 * field in its mask, tf positions: the first absolute, the others as gaps); a term's run starts with one byte,
 * the width:
 *   0       the values follow as varints;
 *   1..25   every value in exactly that many bits, least significant bit first, the run ending on a whole byte.
 * The encoder takes whichever is smaller. A CJK bigram is nearly always once in a document at an evenly spread
 * position: about 11 bits of information that a varint writes in 16, and a fixed width in 11 or 12. A fixed
 * width also lets a cursor step over a document's positions without reading them (tf × width bits), and read one
 * with a single 32-bit window, which is what made the Rice codes tried before (bit by bit) too slow.
 */
import { ByteReader, type ByteWriter } from './bytes';

/** Above this a value may not fit in one 32-bit window read from any bit offset (7 + 25 = 32). */
export const MAX_WIDTH = 25;
export const VARINT = 0;

const varintBytes = (v: number): number => (v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5);

/** The bits needed for `max` (at least 1). */
export const widthOf = (max: number): number => Math.max(1, 32 - Math.clz32(max));

/** Writes one term's run: the width byte, then `count` values of `values` in the smaller form. */
export function writePositionRun(w: ByteWriter, values: Int32Array, count: number): void {
  let max = 0;
  let varintSize = 0;
  for (let k = 0; k < count; k++) {
    const v = values[k] as number;
    if (v > max) max = v;
    varintSize += varintBytes(v);
  }
  const width = widthOf(max);
  if (width > MAX_WIDTH || Math.ceil((count * width) / 8) >= varintSize) {
    w.varint(VARINT);
    for (let k = 0; k < count; k++) w.varint(values[k] as number);
    return;
  }
  w.varint(width);
  let acc = 0; // bits not yet written, below 2^(filled)
  let filled = 0;
  const bytes = new Uint8Array(Math.ceil((count * width) / 8));
  let at = 0;
  for (let k = 0; k < count; k++) {
    acc += (values[k] as number) * 2 ** filled;
    filled += width;
    while (filled >= 8) {
      bytes[at++] = acc & 0xff;
      acc = Math.floor(acc / 256);
      filled -= 8;
    }
  }
  if (filled > 0) bytes[at] = acc & 0xff;
  w.bytes(bytes, 0, bytes.length);
}

/** The value of `width` bits at bit offset `bit` of `buf` (bytes past the end read as 0). */
export function readPacked(buf: Uint8Array, bit: number, width: number): number {
  const i = bit >>> 3;
  const window = (buf[i] ?? 0) | ((buf[i + 1] ?? 0) << 8) | ((buf[i + 2] ?? 0) << 16) | ((buf[i + 3] ?? 0) << 24);
  return (window >>> (bit & 7)) & ((1 << width) - 1);
}

/** Reads a term's run value by value, in either form (merges use it; cursors decode inline). */
export class PositionRunReader {
  readonly width: number;
  private readonly varints: ByteReader;
  private bit: number;

  constructor(
    private readonly buf: Uint8Array,
    start: number,
  ) {
    this.width = buf[start] ?? 0;
    this.varints = new ByteReader(buf, start + 1);
    this.bit = (start + 1) * 8;
  }

  next(): number {
    if (this.width === VARINT) return this.varints.varint();
    const v = readPacked(this.buf, this.bit, this.width);
    this.bit += this.width;
    return v;
  }

  skip(count: number): void {
    if (this.width === VARINT) this.varints.skip(count);
    else this.bit += count * this.width;
  }
}
