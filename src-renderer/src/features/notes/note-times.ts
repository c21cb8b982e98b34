/**
 * A note's times in words, in the user's locale: "Added 26 Nov 2026, 09:14 · edited 09:20" (only the time when
 * it was edited the same day, the date and time otherwise). Pure (Intl only).
 */
import { formatDateTime, parseIsoDate } from '../../../../src-shared/format/format';

export function isEdited(note: { createdAt: string; updatedAt: string }): boolean {
  return note.updatedAt !== note.createdAt;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The edit time as it follows "Added …": the time alone on the day it was added, else the date and time. */
export function formatEditedAt(createdAt: string, updatedAt: string, locale?: string): string {
  const created = parseIsoDate(createdAt);
  const updated = parseIsoDate(updatedAt);
  if (created && updated && sameDay(created, updated)) {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(updated);
  }
  return formatDateTime(updatedAt, locale);
}
