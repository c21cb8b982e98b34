/**
 * A hash map from non-zero int32 keys to non-negative int32 values in two typed arrays (open addressing, linear
 * probing): far fewer cache misses and no garbage, for the millions of CJK bigram lookups of an indexing batch.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 14) {
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key || k === 0) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The value for `key` (never 0), or -1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? (this.values[i] as number) : -1;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.size++;
    }
    this.values[i] = value;
    if (this.size * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      if (k !== 0) this.set(k, values[i] as number);
    }
  }
}
