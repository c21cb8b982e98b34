/** Percentiles, memory and formatting helpers for the benchmarks. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[k] ?? NaN;
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN, samples: sorted.length };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage (the benchmark runs with --expose-gc) and returns heap and ArrayBuffer bytes. */
export function memory(): { heap: number; arrayBuffers: number; rss: number } {
  if (!gc) throw new Error('run with --expose-gc (npm run bench:search does)');
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, arrayBuffers: m.arrayBuffers, rss: m.rss };
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
export const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
export const seconds = (msValue: number): string => `${(msValue / 1000).toFixed(1)} s`;
