/**
 * Which importer reads which file, by extension. New formats (an Offprint bundle, say) register here; everything
 * else in the pipeline stays as it is.
 */
import type { FormatCode } from './failure-reasons';
import type { ParsedArticle } from '../../../src-shared/contract';
import type { ImportSource } from './import-problem';
import { importEpub } from './import-epub';
import { importHtml } from './import-html';
import { importMarkdown } from './import-markdown';
import { importMhtml } from './import-mhtml';
import { importPdf } from './import-pdf';
import { importTextPage } from './import-text-page';
import { importWebarchive } from './import-webarchive';

export interface Importer {
  /** What the format is called in messages ("Markdown"), as a message of the errors namespace. */
  format: FormatCode;
  parse(source: ImportSource): Promise<ParsedArticle>;
}

const TEXT_PAGE: Importer = { format: 'formatTextPage', parse: importTextPage };
const MARKDOWN: Importer = { format: 'formatMarkdown', parse: importMarkdown };
const HTML: Importer = { format: 'formatHtml', parse: importHtml };
const EPUB: Importer = { format: 'formatEpub', parse: importEpub };
const MHTML: Importer = { format: 'formatMhtml', parse: importMhtml };

const WEBARCHIVE: Importer = { format: 'formatWebarchive', parse: importWebarchive };
const PDF: Importer = { format: 'formatPdf', parse: importPdf };

const BY_EXTENSION: ReadonlyMap<string, Importer> = new Map([
  ['.txt', TEXT_PAGE],
  ['.md', MARKDOWN],
  ['.markdown', MARKDOWN],
  ['.html', HTML],
  ['.htm', HTML],
  ['.mhtml', MHTML],
  ['.mht', MHTML],
  ['.epub', EPUB],
  ['.webarchive', WEBARCHIVE],
  ['.pdf', PDF],
]);

/**
 * Every extension Offprint opens: the articles' formats above, bundles and plain zips (read by the bundle
 * reader), migration exports that are one file (`.json` and `.csv` exports, import/migrations; a bookmarks
 * file is an `.html` file) and web archives (`.warc`, `.warc.gz` — its extension is `.gz` — and `.wacz`,
 * web-archive-file.ts). The Import dialog's
 * filter and the files the system hands the app ("Open with") both come from here.
 */
export const OPENABLE_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys(), '.offprint', '.zip', '.json', '.csv', '.warc', '.gz', '.wacz'];

/** The file's extension, lower-cased with its dot (`.md`), or '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function importerFor(fileName: string): Importer | null {
  return BY_EXTENSION.get(extensionOf(fileName)) ?? null;
}
