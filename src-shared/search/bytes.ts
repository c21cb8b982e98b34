/** A growable byte buffer with unsigned LEB128 varints, and the matching reader. */

export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
  }

  private grow(extra: number): void {
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Writes `v` (0 ≤ v < 2^32) as a varint. */
  varint(v: number): void {
    if (this.length + 5 > this.buf.length) this.grow(5);
    const b = this.buf;
    while (v >= 0x80) {
      b[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[this.length++] = v;
  }

  bytes(src: Uint8Array, from: number, to: number): void {
    if (this.length + (to - from) > this.buf.length) this.grow(to - from);
    this.buf.set(src.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** A copy of the bytes written, exactly as long as needed. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}

/** Reads the varint at `buf[at]`; the reader's `at` moves past it. */
export class ByteReader {
  constructor(
    public buf: Uint8Array,
    public at: number,
  ) {}

  varint(): number {
    const b = this.buf;
    let byte = b[this.at++] ?? 0;
    let v = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = b[this.at++] ?? 0;
      v += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    return v;
  }

  /** Skips `count` varints. */
  skip(count: number): void {
    const b = this.buf;
    let at = this.at;
    for (let k = 0; k < count; k++) while ((b[at++] ?? 0) & 0x80);
    this.at = at;
  }
}

/** A growable Int32Array. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}
