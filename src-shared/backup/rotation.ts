/**
 * Which backups to keep: the newest of each of the last 7 days that have a backup, of each of the last 4 weeks
 * (ISO weeks, Monday first) and of each of the last 3 calendar months, in the local calendar. Everything else may
 * be deleted. Days are calendar days, not 24-hour spans, so a day of 23 or 25 hours (a DST change) is still one day.
 * Pure: the caller passes the dates and deletes what is not kept.
 */

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: Readonly<RotationPolicy> = Object.freeze({ daily: 7, weekly: 4, monthly: 3 });

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `2026-12-02`, in the local calendar. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `2026-W49`: the ISO 8601 week (Monday first; week 1 holds the year's first Thursday), in the local calendar. */
export function weekKey(date: Date): string {
  // Noon of the same calendar day, so that no DST change moves the arithmetic into another day.
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12);
  const weekday = (day.getDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - weekday + 3, 12);
  const firstThursday = new Date(thursday.getFullYear(), 0, 4, 12);
  const firstWeekday = (firstThursday.getDay() + 6) % 7;
  const week1Thursday = new Date(thursday.getFullYear(), 0, 4 - firstWeekday + 3, 12);
  const week = 1 + Math.round((thursday.getTime() - week1Thursday.getTime()) / (7 * 24 * 3600 * 1000));
  return `${thursday.getFullYear()}-W${pad(week)}`;
}

/** `2026-12`, in the local calendar. */
export function monthKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** The indices of the newest date of each of the `count` most recent periods (by `key`) among `newestFirst`. */
function newestPerPeriod(newestFirst: readonly Date[], key: (date: Date) => string, count: number): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  newestFirst.forEach((date, index) => {
    const period = key(date);
    if (seen.has(period) || seen.size >= count) return;
    seen.add(period);
    kept.push(index);
  });
  return kept;
}

export interface RotationResult<T> {
  keep: T[];
  remove: T[];
}

/**
 * Splits backups into those to keep and those to remove. `dateOf` gives each backup's creation time. The newest
 * backup is always kept. Both lists come back newest first.
 */
export function rotateBackups<T>(
  backups: readonly T[],
  dateOf: (backup: T) => Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): RotationResult<T> {
  const sorted = [...backups].sort((a, b) => dateOf(b).getTime() - dateOf(a).getTime());
  const dates = sorted.map(dateOf);
  const kept = new Set<number>([
    ...(dates.length > 0 ? [0] : []),
    ...newestPerPeriod(dates, dayKey, policy.daily),
    ...newestPerPeriod(dates, weekKey, policy.weekly),
    ...newestPerPeriod(dates, monthKey, policy.monthly),
  ]);
  const keep: T[] = [];
  const remove: T[] = [];
  sorted.forEach((backup, index) => (kept.has(index) ? keep : remove).push(backup));
  return { keep, remove };
}
