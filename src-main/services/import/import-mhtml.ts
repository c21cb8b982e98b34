/**
 * The `.mhtml` / `.mht` importer (Chrome and Edge "Save as single file"). The page's HTML part goes through the
 * HTML importer: its images are the file's own parts, found by `Content-Location` (the image's address resolved
 * against the page's) or by `cid:` (saved-resources.ts), so nothing is ever fetched. The part's charset is
 * honoured. The page's original address (`Snapshot-Content-Location`) is given to the HTML importer as a browser's
 * "saved from url" comment (the page's own canonical address still wins), and the `Date` the page was saved becomes
 * the article's added date.
 */
import type { ParsedArticle } from '../../../src-shared/contract';
import { importHtml } from './import-html';
import { ImportProblem, type ImportSource } from './import-problem';
import { parseMhtml } from './mhtml-parts';
import { decodeSavedText, htmlBytes, pointImagesAtResources, resourceAssets, withSavedFromComment } from './saved-resources';


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
  if (!page) throw new ImportProblem('mhtmlNoPage');
  const pageLocation = page.location ?? snapshot;
  const html = withSavedFromComment(pointImagesAtResources(decodeSavedText(page.body, page.charset), pageLocation, file.parts), snapshot ?? pageLocation);
  const article = await importHtml({ ...source, bytes: htmlBytes(html), assets: resourceAssets(file.parts, 'mhtml') });
  const added = savedAt(file.headers.get('date'));
  return added ? { ...article, meta: { ...article.meta, addedAt: added } } : article;
}
