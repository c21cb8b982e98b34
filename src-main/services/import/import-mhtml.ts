/**
 * The `.mhtml` / `.mht` importer (Chrome and Edge "Save as single file"). The page's HTML part goes through the
 * HTML importer: its images are the file's own parts, found by `Content-Location` (the image's address resolved
 * against the page's) or by `cid:`, and named as local files that only this file's parts answer, so nothing is
 * ever fetched. The part's charset is honoured. The page's original address (`Snapshot-Content-Location`) is given
 * to the HTML importer as a browser's "saved from url" comment (the page's own canonical address still wins), and
 * the `Date` the page was saved becomes the article's added date.
 */
import type { ParsedArticle } from '../../../src-shared/contract';
import { type AssetSource, DEFAULT_MAX_ASSET_BYTES } from './asset-source';
import { decodeHtml } from './html-charset';
import { parseHtmlDocument } from './html-dom';
import { importHtml } from './import-html';
import { ImportProblem, type ImportSource } from './import-problem';
import { type MhtmlPart, parseMhtml } from './mhtml-parts';

export const NO_HTML_PART_REASON = 'The MHTML file holds no web page (none of its parts is HTML).';

const PART_PREFIX = 'offprint-mhtml-part-';
const IMAGE_ATTRIBUTES = ['src', 'data-src', 'data-original', 'data-lazy-src'];

function absolute(reference: string, base: string | null): string | null {
  try {
    const url = new URL(reference, base ?? undefined);
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function partKeys(parts: readonly MhtmlPart[]): Map<string, number> {
  const keys = new Map<string, number>();
  parts.forEach((part, index) => {
    const location = part.location ? absolute(part.location, null) : null;
    if (location && !keys.has(location)) keys.set(location, index);
    if (part.contentId) keys.set(`cid:${part.contentId.toLowerCase()}`, index);
  });
  return keys;
}

function decodePart(part: MhtmlPart): string {
  if (part.charset) {
    try {
      return new TextDecoder(part.charset).decode(part.body);
    } catch {
      // An unknown charset label: the page's own declaration or detection decides, as for any HTML file.
    }
  }
  return decodeHtml(part.body).text;
}

/** The page's HTML with its images pointing at the parts that hold them (`offprint-mhtml-part-<n>`). */
function pointImagesAtParts(html: string, pageLocation: string | null, keys: Map<string, number>): string {
  const doc = parseHtmlDocument(html);
  const partOf = (reference: string): number | undefined => {
    const value = reference.trim();
    if (/^cid:/i.test(value)) return keys.get(value.toLowerCase());
    const url = absolute(value, pageLocation);
    return url ? keys.get(url) : undefined;
  };
  for (const img of doc.querySelectorAll('img')) {
    for (const attribute of IMAGE_ATTRIBUTES) {
      const value = img.getAttribute(attribute);
      const index = value ? partOf(value) : undefined;
      if (index !== undefined) img.setAttribute(attribute, `${PART_PREFIX}${index}`);
    }
    const first = img.getAttribute('srcset')?.trim().split(/\s+/)[0];
    if (first && !img.getAttribute('src') && partOf(first) !== undefined) img.setAttribute('src', `${PART_PREFIX}${partOf(first)}`);
  }
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

function partAssets(parts: readonly MhtmlPart[]): AssetSource {
  return {
    async read(reference) {
      if (!reference.startsWith(PART_PREFIX)) return null;
      const index = Number(reference.slice(PART_PREFIX.length));
      const part = parts[index];
      if (!part || part.body.length > DEFAULT_MAX_ASSET_BYTES) return null;
      const name = part.location?.replace(/[?#].*$/s, '').replace(/^.*\//, '') || `part-${index}`;
      return { fileName: name, key: `mhtml:${index}`, bytes: part.body };
    },
  };
}

function savedAt(date: string | undefined): string | null {
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export async function importMhtml(source: ImportSource): Promise<ParsedArticle> {
  const file = parseMhtml(source.bytes);
  const snapshot = file.headers.get('snapshot-content-location') ?? null;
  const page =
    file.parts.find((part) => part.mediaType === 'text/html' && snapshot !== null && part.location === snapshot) ??
    file.parts.find((part) => part.mediaType === 'text/html' || part.mediaType === 'application/xhtml+xml');
  if (!page) throw new ImportProblem(NO_HTML_PART_REASON);
  const pageLocation = page.location ?? snapshot;
  let html = pointImagesAtParts(decodePart(page), pageLocation, partKeys(file.parts));
  const original = snapshot ?? pageLocation;
  if (original && /^https?:\/\//i.test(original) && !/\s/.test(original)) {
    html = `<!-- saved from url=(${String(original.length).padStart(4, '0')})${original} -->\n${html}`;
  }
  const article = await importHtml({ ...source, bytes: new TextEncoder().encode(html), assets: partAssets(file.parts) });
  const added = savedAt(file.headers.get('date'));
  return added ? { ...article, meta: { ...article.meta, addedAt: added } } : article;
}
