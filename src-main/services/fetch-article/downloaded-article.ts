/**
 * A downloaded page → the text of its link-only entry: parsed like an imported page (the HTML importer: linkedom,
 * nothing run or fetched, Readability; plain text as a saved page), then marked as the text of that entry
 * (`fillsLinkOnly`), which keeps its address. The renderer stores it in the entry's place (its id, tags, dates,
 * states and highlights stay) and puts the waiting highlights on the words.
 */
import { NO_ASSETS } from '../import/asset-source';
import { importBytes, type ImportOutcome } from '../import/import-file';
import type { DownloadedPageUnit } from './download-unit';

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The name the importer goes by (its type), and that the report shows when the page has no title. */
function pageName(unit: DownloadedPageUnit): string {
  const last = new URL(unit.finalUrl).pathname.split('/').filter((part) => part !== '').pop() ?? '';
  const base = safeDecode(last.replace(/\.(x?html?|txt)$/i, '')).replace(/[\\/:*?"<>|]/g, '_').slice(0, 100) || 'page';
  return `${base}${unit.pageKind === 'html' ? '.html' : '.txt'}`;
}

export async function downloadedPageToParsed(unit: DownloadedPageUnit): Promise<ImportOutcome> {
  const outcome = await importBytes(pageName(unit), unit.url, unit.bytes, NO_ASSETS, { maxFileBytes: Number.MAX_SAFE_INTEGER });
  if (!('article' in outcome)) return outcome;
  const { linkOnly: _linkOnly, ...meta } = outcome.article.meta;
  return { path: outcome.path, article: { ...outcome.article, meta: { ...meta, url: unit.url }, fillsLinkOnly: unit.articleId } };
}
