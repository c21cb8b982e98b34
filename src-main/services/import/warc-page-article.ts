/**
 * warcPageToParsed(unit): one page of a web archive → an article, or a failure naming the archive and the page.
 * Only the page's record and its images' records are read again, by byte (warc-records.ts). The page's HTML, in
 * the charset its HTTP Content-Type names (else as the page declares or detection says), goes through the HTML
 * importer as a saved page does (MHTML, web archives): its images pointed at the archive's image records, found by
 * their address resolved against the page's WARC-Target-URI, so nothing is fetched; the address given as a "saved
 * from url" comment (the page's own canonical address still wins); the capture's WARC-Date as the added date; the
 * title a WACZ's pages.jsonl gives, when it gives one.
 */
import type { ParsedArticle } from '../../../src-shared/contract';
import { DEFAULT_MAX_ASSET_BYTES } from './asset-source';
import { parseErrorReason } from './failure-reasons';
import type { ImportOutcome } from './import-file';
import { importHtml } from './import-html';
import { ImportProblem } from './import-problem';
import { reason } from './reason';
import { decodeSavedText, htmlBytes, pointImagesAtResources, resourceAssets, type SavedResource, withSavedFromComment } from './saved-resources';
import { recordLabel, warcEntryPath, warcFailure } from './warc-failures';
import type { WarcPageUnit } from './warc-page-unit';
import { readWarcRecordAt } from './warc-records';
import { charsetOf } from './warc-selection';

/** The page's largest record read (its HTML): as large as a web page file may be. */
export const MAX_WARC_PAGE_BYTES = 50 * 1024 * 1024;

/** The report path of a page of an archive. */
export function warcPagePath(unit: WarcPageUnit): string {
  return warcEntryPath(unit, unit.uri);
}

function isoDate(date: string | null): string | null {
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A name for the article's original file: the last part of the page's address, as a saved page would be called. */
function pageFileName(uri: string): string {
  try {
    const url = new URL(uri);
    const last = decodeURIComponent(url.pathname.replace(/\/+$/, '').replace(/^.*\//, ''));
    return `${last || url.hostname}.html`;
  } catch {
    return 'page.html';
  }
}

async function imageResources(unit: WarcPageUnit): Promise<SavedResource[]> {
  const resources: SavedResource[] = [];
  for (const image of unit.images) {
    const read = await readWarcRecordAt(unit.filePath, image.start + image.offset, image.end, DEFAULT_MAX_ASSET_BYTES).catch(() => null);
    if (read) resources.push({ location: image.url, body: read.content });
  }
  return resources;
}

function withArchiveFields(article: ParsedArticle, unit: WarcPageUnit): ParsedArticle {
  const addedAt = isoDate(unit.capturedAt);
  const title = unit.title?.trim();
  return { ...article, meta: { ...article.meta, ...(title ? { title } : {}), ...(addedAt ? { addedAt } : {}) } };
}

export async function warcPageToParsed(unit: WarcPageUnit): Promise<ImportOutcome> {
  const path = warcPagePath(unit);
  const read = await readWarcRecordAt(unit.filePath, unit.page.start + unit.page.offset, unit.page.end, MAX_WARC_PAGE_BYTES);
  if (!read) {
    const why = reason('warcRecordCut', { entry: recordLabel(unit.uri), offset: unit.page.start + unit.page.offset, length: unit.size });
    return { path, failure: warcFailure(unit, unit.uri, why) };
  }
  const charset = charsetOf(read.record.httpHeaders?.headers.get('content-type') ?? null);
  const resources = await imageResources(unit);
  const html = withSavedFromComment(pointImagesAtResources(decodeSavedText(read.content, charset), unit.uri, resources), unit.uri);
  try {
    const article = await importHtml({ name: pageFileName(unit.uri), path, bytes: htmlBytes(html), assets: resourceAssets(resources, 'warc') });
    return { path, article: withArchiveFields(article, unit) };
  } catch (error) {
    const why = error instanceof ImportProblem ? error.failure : parseErrorReason('formatWarc', error);
    return { path, failure: { path, ...why } };
  }
}
