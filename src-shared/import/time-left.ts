/**
 * The time left of an import, from the work done and to do in bytes and the pace of the last few seconds: a folder
 * whose first files are small, or a pool of workers warming up, says neither "5 s left" for a long import nor an
 * hour for a short one. The pace is the slowest of the last `windowMs`, its last half and its last quarter, so a
 * slowdown shows within seconds and a speed-up is believed once it lasts; nothing is promised before
 * `minObservedMs` of work, nor while files are still being found (the total still grows). What no pace can foresee
 * (the first seconds fast, the rest slow) is corrected as soon as the slowdown is seen. Pure: the caller gives the
 * clock's readings.
 */

/** The work handed over (bytes) at a moment (ms, any clock that only goes forward). */
export interface ThroughputSample {
  atMs: number;
  bytesDone: number;
}

export interface TimeLeftOptions {
  windowMs: number;
  minObservedMs: number;
}

export const TIME_LEFT_OPTIONS: TimeLeftOptions = { windowMs: 12_000, minObservedMs: 3_000 };

/** The samples still needed after `sample`: those of the window, and the last one before it (its start). */
export function recordSample(
  samples: readonly ThroughputSample[],
  sample: ThroughputSample,
  options: TimeLeftOptions = TIME_LEFT_OPTIONS,
): ThroughputSample[] {
  const kept = [...samples, sample];
  const from = sample.atMs - options.windowMs;
  let first = 0;
  while (first + 1 < kept.length && (kept[first + 1] as ThroughputSample).atMs <= from) first += 1;
  return kept.slice(first);
}

/** Bytes per ms over the last `spanMs` before the latest sample, or null when no time has passed in it. */
function paceOver(samples: readonly ThroughputSample[], spanMs: number): number | null {
  const last = samples[samples.length - 1] as ThroughputSample;
  let base = samples[0] as ThroughputSample;
  for (const sample of samples) if (sample.atMs <= last.atMs - spanMs && sample !== last) base = sample;
  const ms = last.atMs - base.atMs;
  return ms > 0 ? (last.bytesDone - base.bytesDone) / ms : null;
}

export interface TimeLeftInput {
  /** From the start of the import (its first sample: nothing done) to now; see recordSample. */
  samples: readonly ThroughputSample[];
  /** Every byte of work found so far. */
  bytesTotal: number;
  /** True once every file is found. */
  listed: boolean;
  /** When the import started (the clock of the samples). */
  startedMs: number;
}

/** Seconds left, or null when there is no honest estimate (too early, still finding files, nothing moving). */
export function estimateSecondsLeft(input: TimeLeftInput, options: TimeLeftOptions = TIME_LEFT_OPTIONS): number | null {
  const { samples, bytesTotal, listed, startedMs } = input;
  const last = samples[samples.length - 1];
  if (!listed || !last || last.atMs - startedMs < options.minObservedMs) return null;
  const left = bytesTotal - last.bytesDone;
  if (left <= 0) return null;
  const paces = [1, 2, 4].map((part) => paceOver(samples, options.windowMs / part) ?? Infinity);
  const pace = Math.min(...paces);
  if (!Number.isFinite(pace) || pace <= 0) return null;
  return left / pace / 1000;
}
