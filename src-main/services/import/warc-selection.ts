/**
 * Which records of a web archive Offprint takes: a page is an HTTP response with status 200 whose content is HTML
 * (`text/html`, `application/xhtml+xml`); an image is a 200 response whose content is an image. Revisits (a capture
 * that only says "unchanged since"), requests, metadata, warcinfo and resource records are passed over, as are
 * redirects and errors. Pure: it reads the headers as plain values.
 */

export interface RecordHeads {
  /** WARC-Type. */
  type: string | null;
  /** The HTTP status code, or null when the record carries no HTTP response. */
  status: number | null;
  /** The HTTP Content-Type header. */
  contentType: string | null;
  /** WARC-Target-URI. */
  uri: string | null;
}

export type RecordRole = 'page' | 'image' | null;

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The media type of a Content-Type header, lower-cased, without its parameters. */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The charset a Content-Type header names (`text/html; charset="Shift_JIS"` → `Shift_JIS`), or null. */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

function isWebUri(uri: string | null): uri is string {
  return uri !== null && /^https?:\/\//i.test(uri);
}

export function recordRole(heads: RecordHeads): RecordRole {
  if (heads.type !== 'response' || heads.status !== 200 || !isWebUri(heads.uri)) return null;
  const media = mediaTypeOf(heads.contentType);
  if (PAGE_TYPES.has(media)) return 'page';
  if (media.startsWith('image/')) return 'image';
  return null;
}
