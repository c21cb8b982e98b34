/** Reading the loosely typed fields of an export entry: text, dates, flags and tag lists, or null when absent. */

export type Entry = Record<string, unknown>;

export function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string, trimmed; null when absent, empty or not a string. */
export function textField(entry: Entry, key: string): string | null {
  const value = entry[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A date as a full ISO 8601 timestamp (`2016-09-08T11:55:58+0200` → `2016-09-08T09:55:58.000Z`); null when unreadable. */
export function dateField(entry: Entry, key: string): string | null {
  const value = entry[key];
  const time = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** A flag written as true/false, 1/0 or "1"/"0". */
export function flagField(entry: Entry, key: string): boolean {
  const value = entry[key];
  return value === true || value === 1 || value === '1' || value === 'true';
}

/** A list of tags given as strings or as objects with a `label` or `name` (wallabag, Omnivore). */
export function tagList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((tag) => {
    if (typeof tag === 'string') return [tag];
    if (isEntry(tag)) return [textField(tag, 'label') ?? textField(tag, 'name') ?? ''].filter((name) => name !== '');
    return [];
  });
}

/** Whether a field that must be a string (when present) is one: the export's shape, checked. */
export function isOptionalText(entry: Entry, key: string): boolean {
  const value = entry[key];
  return value === undefined || value === null || typeof value === 'string';
}
