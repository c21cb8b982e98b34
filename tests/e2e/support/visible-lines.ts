/** What the reader sees at the top of the article: lines of text just below the reader bar. */
import type { Page } from '@playwright/test';

/** The text of the first `count` lines visible below the reader bar, each read with a Range across the body. */
export async function visibleLines(page: Page, count: number): Promise<string> {
  return page.evaluate((wanted) => {
    const bar = document.querySelector('.reader-bar')!.getBoundingClientRect();
    const body = document.querySelector('[data-testid="article-body"]')!.getBoundingClientRect();
    const lines: string[] = [];
    let y = bar.bottom + 2;
    while (lines.length < wanted && y < window.innerHeight) {
      const start = document.caretRangeFromPoint(body.left + 1, y);
      const end = document.caretRangeFromPoint(body.right - 1, y);
      const caret = start?.getBoundingClientRect();
      if (!start || !end || !caret || caret.top > y || caret.bottom < y) {
        y += 2; // between paragraphs
        continue;
      }
      const range = document.createRange();
      range.setStart(start.startContainer, start.startOffset);
      range.setEnd(end.startContainer, end.startOffset);
      const text = range.toString().replace(/\s+/g, ' ').trim();
      if (text) lines.push(text);
      y = caret.bottom + 2;
    }
    return lines.join(' ');
  }, count);
}

/** The first few words of a line: what must still be at the top after a zoom step. */
export function opening(line: string): string {
  return line.split(' ').slice(0, 4).join(' ');
}

