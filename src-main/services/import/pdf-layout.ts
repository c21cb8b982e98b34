/**
 * The shapes the PDF layout rules work on: text runs as pdf.js places them (measured from the page's top, so
 * reading order is ascending), the lines they make, and a page. Pure data, no pdf.js types.
 */

/** One run of text: where its baseline starts (`top` from the page's top edge), how wide it is, its font size. */
export interface PdfItem {
  text: string;
  x: number;
  top: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** One line of text in reading order, with the page and column it came from. */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  top: number;
  size: number;
  page: number;
  column: number;
}

/** Whether a run holds anything but white space. */
export function hasText(item: PdfItem): boolean {
  return item.text.trim() !== '';
}
