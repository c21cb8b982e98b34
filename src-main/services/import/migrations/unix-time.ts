/** Dates as exports write them: Unix time in seconds (a number or digits, Pocket's), or a date string. Pure. */

/** An ISO 8601 timestamp, or null when the value is no date (`1728576752` → `2024-10-10T16:12:32.000Z`). */
export function unixOrDate(value: unknown): string | null {
  const digits = typeof value === 'string' && /^\s*\d{1,12}\s*$/.test(value) ? Number(value) : null;
  const seconds = typeof value === 'number' ? value : digits;
  const time = seconds !== null ? seconds * 1000 : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  // Zero is Pocket's "never", not 1970.
  if (!Number.isFinite(time) || time <= 0) return null;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
