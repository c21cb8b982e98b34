import { describe, expect, it } from 'vitest';
import { estimateSecondsLeft, recordSample, type ThroughputSample } from '../../../../src-shared/import/time-left';

/**
 * An import simulated on a fake clock: `pace(ms)` is the bytes per ms at that moment, work is handed over in
 * chunks every `chunkMs`. Returns, at each chunk, the estimate and the true time left (seconds).
 */
function simulate(totalBytes: number, pace: (ms: number) => number, chunkMs = 500) {
  let samples: ThroughputSample[] = [{ atMs: 0, bytesDone: 0 }];
  let done = 0;
  const points: { atMs: number; estimate: number | null }[] = [];
  let now = 0;
  while (done < totalBytes) {
    for (let ms = 0; ms < chunkMs && done < totalBytes; ms += 10) done = Math.min(totalBytes, done + pace(now + ms) * 10);
    now += chunkMs;
    samples = recordSample(samples, { atMs: now, bytesDone: done });
    points.push({ atMs: now, estimate: estimateSecondsLeft({ samples, bytesTotal: totalBytes, listed: true, startedMs: 0 }) });
  }
  return points.map((point) => ({ ...point, actual: (now - point.atMs) / 1000 }));
}

describe('time left', () => {
  it('promises nothing in the first seconds, nor while files are still being found', () => {
    const samples = [{ atMs: 0, bytesDone: 0 }, { atMs: 2000, bytesDone: 1000 }];
    expect(estimateSecondsLeft({ samples, bytesTotal: 10_000, listed: true, startedMs: 0 })).toBeNull();
    const later = [...samples, { atMs: 4000, bytesDone: 2000 }];
    expect(estimateSecondsLeft({ samples: later, bytesTotal: 10_000, listed: false, startedMs: 0 })).toBeNull();
    expect(estimateSecondsLeft({ samples: later, bytesTotal: 10_000, listed: true, startedMs: 0 })).toBeCloseTo(16);
  });

  it('at a steady pace, says the time left', () => {
    // 48 s at 1 MB/s.
    for (const point of simulate(48_000_000, () => 1000)) {
      if (point.estimate === null) continue;
      expect(Math.abs(point.estimate - point.actual)).toBeLessThan(1);
    }
  });

  it('after a slow start then a steady pace, never promises far too little, and soon says the truth', () => {
    // 10 s at 100 KB/s (workers warming up, the first large files), then 1 MB/s: 48 s in all.
    const points = simulate(39_000_000, (ms) => (ms < 10_000 ? 100 : 1000));
    expect(points.at(-1)?.atMs).toBeGreaterThan(45_000);
    for (const point of points) {
      if (point.estimate === null) continue;
      expect(point.estimate).toBeGreaterThanOrEqual(point.actual * 0.8);
      if (point.atMs > 25_000) expect(point.estimate).toBeLessThan(point.actual * 1.2 + 1);
    }
  });

  it('when the first files are fast and the rest slow, stops promising "5 s left" within 3 s of the slowdown', () => {
    // 4 s at 2 MB/s, then 44 s at 200 KB/s: no pace foresees that, but the slowdown is believed at once.
    const points = simulate(8_000_000 + 8_800_000, (ms) => (ms < 4000 ? 2000 : 200));
    expect(points.at(-1)?.atMs).toBeGreaterThan(45_000);
    for (const point of points.filter((p) => p.atMs >= 7000 && p.estimate !== null)) {
      expect(point.estimate as number).toBeGreaterThanOrEqual(point.actual * 0.9);
    }
  });

  it('says nothing while nothing moves, and nothing once everything is done', () => {
    const still = [{ atMs: 0, bytesDone: 0 }, { atMs: 5000, bytesDone: 0 }];
    expect(estimateSecondsLeft({ samples: still, bytesTotal: 10, listed: true, startedMs: 0 })).toBeNull();
    const done = [{ atMs: 0, bytesDone: 0 }, { atMs: 5000, bytesDone: 10 }];
    expect(estimateSecondsLeft({ samples: done, bytesTotal: 10, listed: true, startedMs: 0 })).toBeNull();
  });

  it('keeps only the samples of the window and the one before it', () => {
    let samples: ThroughputSample[] = [];
    for (let atMs = 0; atMs <= 60_000; atMs += 1000) samples = recordSample(samples, { atMs, bytesDone: atMs });
    expect(samples[0]?.atMs).toBe(48_000);
    expect(samples.at(-1)?.atMs).toBe(60_000);
  });
});
