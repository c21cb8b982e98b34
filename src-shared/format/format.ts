/** Formatting of dates, lengths and languages for display, in the user's locale. Pure (Intl only). */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Date for an ISO string; a date without time is taken as that calendar day in local time. */
export function parseIsoDate(iso: string): Date | null {
  const m = DATE_ONLY.exec(iso);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * One formatter per locale and style, made once: making an Intl formatter costs far more than using it, and a
 * library row formats its date each time it comes into view.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "28 September 2017" (in the user's locale), or the raw string when it is not a date. */
export function formatDate(iso: string, locale?: string): string {
  const date = parseIsoDate(iso);
  return date ? dateFormat(locale, { dateStyle: 'long' }).format(date) : iso;
}

export function formatDateTime(iso: string, locale?: string): string {
  const date = parseIsoDate(iso);
  return date ? dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : iso;
}

export const WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/** "1,234 words · 6 min read" */
export function formatLength(wordCount: number, locale?: string): string {
  const words = new Intl.NumberFormat(locale).format(wordCount);
  const unit = wordCount === 1 ? 'word' : 'words';
  return `${words} ${unit} · ${readingMinutes(wordCount)} min read`;
}

/** "English" for `en`, in the user's language; the tag itself when it is unknown. */
export function languageName(tag: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "63.2 MB", "812 KB": sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
