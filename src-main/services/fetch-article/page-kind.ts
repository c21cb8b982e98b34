/**
 * What a downloaded answer is, from its Content-Type: a web page (HTML, XHTML) goes through the HTML importer,
 * plain text through the saved-page importer; anything else (a PDF, an image, a file) is refused. Pure.
 */
import { reason, type FailureReason } from '../import/reason';

export type PageKind = 'html' | 'text';

export type KindVerdict = { ok: true; kind: PageKind } | ({ ok: false } & FailureReason);

const KINDS: Record<string, PageKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** The accept header that says so to the site. */
export const ACCEPTED_TYPES = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8';

export function pageKind(contentType: string | null): KindVerdict {
  const type = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  const kind = KINDS[type];
  if (kind) return { ok: true, kind };
  return { ok: false, ...reason('downloadNotPage', { type: type === '' ? '?' : type.slice(0, 100) }) };
}
