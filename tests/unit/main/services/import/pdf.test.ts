/** The `.pdf` importer on PDFs written in the test: reflowed paragraphs, headings, columns, and the refusals. */
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../../../src-main/services/import/import-file';
import { importBytes } from '../../../../../src-main/services/import/import-file';
import { MAX_PDF_PAGES } from '../../../../../src-main/services/import/pdf-document';
import { originalPdfAssets } from '../../../../../src-main/services/import/import-pdf';
import { MAX_ORIGINAL_PDF_BYTES } from '../../../../../src-shared/article/original-pdf';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../../../src-main/services/bundle/archive-limits';
import { makePdf, type PdfOptions, type PdfRun } from './pdf-writer';

const NO_ASSETS = { read: async () => null } as never;
const STEP = 14;

/** A paragraph set at 11 pt from `top` down, one run a line. */
function paragraph(lines: string[], top: number, x = 72, size = 11): PdfRun[] {
  return lines.map((text, i) => ({ x, top: top + i * STEP, size, text }));
}

const L1 = 'Reading on paper and reading on a screen are not the same activity, and the';
const L2 = 'difference shows most when the text is long, dense and meant to be studied.';
const L3 = 'People remember where on a page they read something, and a screen takes it';

function importPdf(pages: PdfRun[][], options?: PdfOptions, name = 'paper.pdf'): Promise<ImportOutcome> {
  return importBytes(name, `/docs/${name}`, makePdf(pages, options), NO_ASSETS, { maxFileBytes: 10_000_000 });
}

async function article(pages: PdfRun[][], options?: PdfOptions) {
  const outcome = await importPdf(pages, options);
  if (!('article' in outcome)) throw new Error(`not imported: ${outcome.failure.reason}`);
  return outcome.article;
}

async function failure(bytes: Uint8Array) {
  const outcome = await importBytes('scan.pdf', '/docs/scan.pdf', bytes, NO_ASSETS, { maxFileBytes: 10_000_000 });
  if (!('failure' in outcome)) throw new Error('imported');
  return outcome.failure;
}

describe('the PDF importer', () => {
  it('reflows lines into paragraphs: a short last line and a larger gap end one', async () => {
    const first = paragraph([L1, L2, 'away.'], 100);
    const second = paragraph([L3, L1], 100 + 3 * STEP + 10);
    const { body, meta } = await article([[...first, ...second]], { title: 'On Paper', author: 'Ann Reader' });
    expect(body.content.split('\n\n')).toEqual([`${L1} ${L2} away.`, `${L3} ${L1}`]);
    expect(meta).toMatchObject({ title: 'On Paper', author: 'Ann Reader', language: 'en', originalName: 'paper.pdf' });
  });

  it('makes the larger type headings, the first one the title when the metadata has only a file name', async () => {
    const page = [{ x: 72, top: 80, size: 22, text: 'Reading Slowly' }, ...paragraph([L1, 'end.'], 120), { x: 72, top: 170, size: 15, text: 'Why it matters' }, ...paragraph([L2, 'end.'], 200)];
    const { body, meta } = await article([page], { title: 'Microsoft Word - slow.docx' });
    expect(meta.title).toBe('Reading Slowly');
    expect(body.content).toBe(`${L1} end.\n\n## Why it matters\n\n${L2} end.`);
  });

  it('joins a word hyphenated at the end of a line', async () => {
    const { body } = await article([paragraph(['Reading on paper and reading on a screen, we read along and we often recog-', 'nise the words we already know, and the rest we guess.'], 100)]);
    expect(body.content).toContain('we often recognise the words we already know');
  });

  it('drops a running header and the page numbers, and carries a paragraph over the page break', async () => {
    const page = (n: number, lines: string[]): PdfRun[] => [
      { x: 72, top: 40, size: 9, text: `Offprint Quarterly · Issue ${n}` },
      ...paragraph(lines, 100),
      { x: 300, top: 760, size: 9, text: String(n) },
    ];
    const { body } = await article([page(1, [L1, L2]), page(2, [L3, 'away.']), page(3, [L2, 'end.'])]);
    expect(body.content).toBe(`${L1} ${L2} ${L3} away.\n\n${L2} end.`);
  });

  it('reads two columns column by column', async () => {
    const narrow = (word: string) => [`The ${word.padEnd(5)} column runs on and on`, 'across three lines in a row', 'of its narrow column.'];
    const page = [...paragraph(narrow('Right'), 100, 320), ...paragraph(narrow('Left'), 100, 72)];
    const { body } = await article([page]);
    expect(body.content.replace(/\n\n/g, ' ')).toBe([...narrow('Left'), ...narrow('Right')].join(' ').replace(/ +/g, ' '));
  });

  it('refuses a PDF without text (scanned pages) with its reason, a protected one and a damaged one with theirs', async () => {
    expect(await failure(makePdf([[], []]))).toMatchObject({ code: 'pdfNoText', reason: expect.stringContaining('scanned pages, no text to read') });
    expect(await failure(makePdf([paragraph([L1], 100)], { password: true }))).toMatchObject({ code: 'pdfEncrypted' });
    expect(await failure(new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n'))).toMatchObject({ code: 'pdfDamaged' });
  });

  it('refuses a PDF longer than the page limit without reading its pages', async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => []);
    expect(await failure(makePdf(pages))).toMatchObject({ code: 'pdfTooManyPages', params: { pages: MAX_PDF_PAGES + 1, limit: MAX_PDF_PAGES } });
  });

  it('keeps the PDF itself as the article’s original.pdf asset, the same bytes, referred to nowhere in the body', async () => {
    const bytes = makePdf([paragraph([L1, L2, 'away.'], 100)], { title: 'On Paper' });
    const outcome = await importBytes('paper.pdf', '/docs/paper.pdf', bytes, NO_ASSETS, { maxFileBytes: 10_000_000 });
    if (!('article' in outcome)) throw new Error('not imported');
    expect(outcome.article.assets).toEqual([{ name: 'original.pdf', mediaType: 'application/pdf', bytes }]);
    expect(outcome.article.body.content).not.toContain('asset:');
  });

  it('keeps no original larger than a bundle carries (the text is imported all the same)', () => {
    expect(MAX_ORIGINAL_PDF_BYTES).toBeLessThanOrEqual(DEFAULT_ARCHIVE_LIMITS.maxEntryBytes);
    const atLimit = new Uint8Array(MAX_ORIGINAL_PDF_BYTES);
    atLimit.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(originalPdfAssets(atLimit)).toHaveLength(1);
    const over = new Uint8Array(MAX_ORIGINAL_PDF_BYTES + 1);
    over.set(atLimit.subarray(0, 9));
    expect(originalPdfAssets(over)).toEqual([]);
  });
});
