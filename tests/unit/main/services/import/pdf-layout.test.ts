/** The PDF layout rules on text runs made up in the test: lines, columns, page furniture, paragraphs and headings. */
import { describe, expect, it } from 'vitest';
import { bodySize, joinLines, linesToMarkdown } from '../../../../../src-main/services/import/pdf-blocks';
import { columnsOf } from '../../../../../src-main/services/import/pdf-columns';
import type { PdfItem, PdfLine } from '../../../../../src-main/services/import/pdf-layout';
import { linesOf } from '../../../../../src-main/services/import/pdf-lines';
import { isPageNumber, withoutFurniture } from '../../../../../src-main/services/import/pdf-page-furniture';
import { realPdfTitle } from '../../../../../src-main/services/import/pdf-title';

/** A run whose width is its length at half the font size per character (close to Helvetica's average). */
function run(text: string, x: number, top: number, size = 10): PdfItem {
  return { text, x, top, width: text.length * size * 0.5, size };
}

function line(text: string, top: number, more: Partial<PdfLine> = {}): PdfLine {
  const size = more.size ?? 10;
  return { text, x: 72, right: 72 + text.length * size * 0.5, top, size, page: 0, column: 0, ...more };
}

const FULL = 'x'.repeat(80);

describe('lines', () => {
  it('joins the runs of one baseline left to right, with a space where they part, and keeps lines apart', () => {
    const lines = linesOf([run('world', 130, 100.5), run('Hello', 72, 100), run('Next line', 72, 114)], { page: 0, column: 0 });
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'Next line']);
  });

  it('adds no space between runs that touch (a word set in two pieces)', () => {
    expect(linesOf([run('recog', 72, 100), run('nise', 97, 100)], { page: 0, column: 0 })[0]?.text).toBe('recognise');
  });
});

describe('columns', () => {
  const page = (items: PdfItem[]) => ({ width: 612, height: 792, items });
  const column = (x: number, word: string) => Array.from({ length: 10 }, (_, i) => run(`${word} ${i} ${'y'.repeat(40)}`, x, 100 + i * 14));

  it('reads a two-column page left column first, a title over both columns before them', () => {
    const title = run('A title that spans both of the columns of this page', 150, 80, 16);
    const columns = columnsOf(page([title, ...column(320, 'right'), ...column(60, 'left')]));
    expect(columns.map((c) => c[0]?.text.split(' ')[0])).toEqual(['A', 'left', 'right']);
  });

  it('keeps a one-column page whole', () => {
    const lines = Array.from({ length: 10 }, (_, i) => run(`${i} ${'z'.repeat(85)}`, 72, 100 + i * 14));
    expect(columnsOf(page(lines))).toHaveLength(1);
  });
});

describe('page furniture', () => {
  const pageOf = (n: number, text: string) => [
    line(`Journal of Examples, vol. ${n}`, 40, { page: n }),
    line(text, 100, { page: n }),
    line(String(n + 1), 760, { page: n }),
  ];

  it('drops the running header (its number changing) and the page numbers, and keeps the text', () => {
    const pages = [pageOf(0, 'first page text'), pageOf(1, 'second page text'), pageOf(2, 'third page text')];
    expect(withoutFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual([['first page text'], ['second page text'], ['third page text']]);
  });

  it('keeps a line that only one page has at its top', () => {
    const pages = [[line('Introduction', 40), line('text', 100)], [line('Methods', 40, { page: 1 }), line('more', 100, { page: 1 })]];
    expect(withoutFurniture(pages).flat().map((l) => l.text)).toEqual(['Introduction', 'text', 'Methods', 'more']);
  });

  it('knows page numbers in their common forms, and not a sentence with a number', () => {
    expect(['12', '- 12 -', 'Page 3', 'p. 4', '3 / 10', '5 of 9', 'xiv'].every(isPageNumber)).toBe(true);
    expect(['12 apples', 'Chapter 1'].some(isPageNumber)).toBe(false);
  });
});

describe('paragraphs and headings', () => {
  it('joins lines into paragraphs, ending one on a short last line and on a larger gap', () => {
    const lines = [line(FULL, 100), line('short end.', 114), line(FULL, 128), line(FULL, 142), line(FULL, 170), line('end.', 184)];
    expect(linesToMarkdown(lines).split('\n\n')).toEqual(['x'.repeat(80) + ' short end.', `${FULL} ${FULL}`, `${FULL} end.`]);
  });

  it('starts a paragraph on an indented line', () => {
    const lines = [line(FULL, 100), line(FULL, 114), line(FULL.slice(4), 128, { x: 92 }), line(FULL, 142)];
    expect(linesToMarkdown(lines).split('\n\n')).toHaveLength(2);
  });

  it('makes headings of lines larger than the body, the largest #, the next ##', () => {
    const lines = [line('Title', 60, { size: 20 }), line('Section', 90, { size: 14 }), line(FULL, 110), line('end.', 124)];
    expect(linesToMarkdown(lines)).toBe(`# Title\n\n## Section\n\n${FULL} end.`);
    expect(bodySize(lines)).toBe(10);
  });

  it('joins a word hyphenated at a line end, and keeps the hyphen (and no space) before a capital or a number', () => {
    expect(joinLines('we recog-', 'nise it')).toBe('we recognise it');
    expect(joinLines('the non-', 'English')).toBe('the non-English');
    expect(joinLines('pages 10-', '12')).toBe('pages 10-12');
  });

  it('carries a paragraph over a page break, and escapes text that would be Markdown', () => {
    const lines = [line(FULL, 700), line(`${FULL.slice(10)} *not* [a link]`, 100, { page: 1 })];
    expect(linesToMarkdown(lines)).toBe(`${FULL} ${FULL.slice(10)} \\*not\\* \\[a link\\]`);
  });
});

describe('the title metadata', () => {
  it('is the title when it is one, and not when a tool wrote the file name there', () => {
    expect(realPdfTitle('On Reading Slowly')).toBe('On Reading Slowly');
    expect(['Microsoft Word - essay.docx', 'untitled', 'scan_0042.pdf', 'Document1', '', null].map(realPdfTitle)).toEqual([null, null, null, null, null, null]);
  });
});
