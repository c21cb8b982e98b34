/**
 * A PDF's text layer through pdf.js (its legacy build, which runs in Node): every page's text runs measured from
 * the page's top, and the document's Title and Author. Nothing is rendered, no fonts are loaded, no script runs
 * (isEvalSupported: false). A password-protected or damaged file is an ImportProblem with its reason.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportProblem } from './import-problem';
import type { PdfItem, PdfPage } from './pdf-layout';

/** More pages than a long book: a file with more is refused before any page is read. */
export const MAX_PDF_PAGES = 2000;

export interface PdfDocument {
  pages: PdfPage[];
  title: string | null;
  author: string | null;
}

function toItem(item: TextItem, pageHeight: number): PdfItem {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
  return { text: item.str, x, top: pageHeight - y, width: item.width, size: item.height || Math.hypot(a, b) };
}

function infoField(info: unknown, name: 'Title' | 'Author'): string | null {
  const value = typeof info === 'object' && info !== null ? (info as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function problemFor(error: unknown): ImportProblem {
  const name = error instanceof Error ? error.name : '';
  return new ImportProblem(name === 'PasswordException' ? 'pdfEncrypted' : 'pdfDamaged');
}

export async function readPdf(bytes: Uint8Array): Promise<PdfDocument> {
  // Loaded with the first PDF, not with every import worker: pdf.js costs each worker about 40 MB of memory.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over (it transfers it): give it a copy, so the caller's bytes stay whole.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw problemFor(error);
    });
    if (doc.numPages > MAX_PDF_PAGES) throw new ImportProblem('pdfTooManyPages', { pages: doc.numPages, limit: MAX_PDF_PAGES });
    const { info } = await doc.getMetadata().catch(() => ({ info: null }));
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      pages.push({ width: right - left, height: top - bottom, items: items.map((item) => toItem(item, top)) });
      page.cleanup();
    }
    return { pages, title: infoField(info, 'Title'), author: infoField(info, 'Author') };
  } finally {
    await task.destroy();
  }
}
