/**
 * Keeps the k best (score, order) pairs seen: a binary min-heap. `order` identifies the document (unique) and breaks
 * ties: the higher order (the newer document) wins.
 */
export class TopK {
  private scores: Float64Array;
  private orders: Float64Array;
  size = 0;

  constructor(private readonly k: number) {
    const cap = Math.max(1, Math.min(k, 1 << 16));
    this.scores = new Float64Array(cap);
    this.orders = new Float64Array(cap);
  }

  private less(a: number, b: number): boolean {
    const sa = this.scores[a] ?? 0;
    const sb = this.scores[b] ?? 0;
    return sa < sb || (sa === sb && (this.orders[a] ?? 0) < (this.orders[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.scores[b] = s;
    const o = this.orders[a] ?? 0;
    this.orders[a] = this.orders[b] ?? 0;
    this.orders[b] = o;
  }

  private grow(): void {
    const s = new Float64Array(this.scores.length * 2);
    s.set(this.scores);
    const o = new Float64Array(this.orders.length * 2);
    o.set(this.orders);
    this.scores = s;
    this.orders = o;
  }

  offer(score: number, order: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      if (this.size === this.scores.length) this.grow();
      let i = this.size++;
      this.scores[i] = score;
      this.orders[i] = order;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.less(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const top = this.scores[0] ?? 0;
    if (score < top || (score === top && order < (this.orders[0] ?? 0))) return;
    this.scores[0] = score;
    this.orders[0] = order;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  /** The candidates kept, best first. */
  sorted(): { score: number; order: number }[] {
    const idx = Array.from({ length: this.size }, (_, i) => i);
    idx.sort((a, b) => (this.less(a, b) ? 1 : this.less(b, a) ? -1 : 0));
    return idx.map((i) => ({ score: this.scores[i] ?? 0, order: this.orders[i] ?? 0 }));
  }
}
