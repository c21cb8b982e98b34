/**
 * A seeded pseudo-random generator (sfc32, 128 bits of state, seeded through splitmix32) and a Zipf sampler: the
 * same seed, the same corpus, anywhere. A generator with 32 bits of state would not do: the streams of different
 * articles would run into each other and repeat whole passages (and ids).
 */

export type Random = () => number;

function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export function seededRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s (word frequencies follow this law). */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / Math.pow(r + 1, s);
      this.cumulative[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cumulative[r] = (this.cumulative[r] ?? 0) / sum;
  }

  draw(random: Random): number {
    const u = random();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
