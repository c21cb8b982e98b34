/**
 * The `.pdf` importer: the text layer reflowed into Markdown paragraphs and headings, read column by column,
 * without page numbers and running headers and footers. The title is the PDF's Title when it is a real one, else
 * its first heading; the author its Author. A PDF without text (scanned pages) says so. The PDF itself is kept as
 * the article's `original.pdf` asset (Open the original PDF), unless it is larger than a bundle can carry.
 */
import { canKeepOriginalPdf, ORIGINAL_PDF_NAME, PDF_MEDIA_TYPE } from '../../../src-shared/article/original-pdf';
import type { ParsedArticle, ParsedAsset } from '../../../src-shared/contract';
import { buildArticle } from './build-article';
import type { ImportSource } from './import-problem';
import { ImportProblem } from './import-problem';
import { takeTitle } from './markdown-title';
import { markdownToText } from './markdown-text';
import { linesToMarkdown } from './pdf-blocks';
import { columnsOf } from './pdf-columns';
import { readPdf } from './pdf-document';
import { linesOf } from './pdf-lines';
import { withoutFurniture } from './pdf-page-furniture';
import { realPdfTitle } from './pdf-title';

/** The PDF as the article's original, or nothing when it is too large to keep (the text is imported all the same). */
export function originalPdfAssets(bytes: Uint8Array): ParsedAsset[] {
  return canKeepOriginalPdf(bytes) ? [{ name: ORIGINAL_PDF_NAME, mediaType: PDF_MEDIA_TYPE, bytes }] : [];
}

export async function importPdf(source: ImportSource): Promise<ParsedArticle> {
  const pdf = await readPdf(source.bytes);
  const pages = pdf.pages.map((page, index) => columnsOf(page).flatMap((items, column) => linesOf(items, { page: index, column })));
  const lines = withoutFurniture(pages).flat();
  if (lines.length === 0) throw new ImportProblem('pdfNoText');
  const titled = takeTitle(linesToMarkdown(lines), realPdfTitle(pdf.title));
  return buildArticle({
    fileName: source.name,
    meta: { title: titled.title?.replace(/\\(.)/g, '$1') ?? null, author: pdf.author },
    body: { format: 'markdown', content: titled.content.trim() },
    text: markdownToText(titled.content),
    assets: originalPdfAssets(source.bytes),
  });
}
