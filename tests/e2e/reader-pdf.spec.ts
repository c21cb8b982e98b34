/**
 * A PDF article in the reader, end to end: a real PDF with a text layer (written in the test with the importer's own
 * test writer) imported, read as reflowed text that really zooms (the font grows, the place is kept), highlighted on
 * words that are the same words after a restart, and its original opened in the system's viewer: the file main wrote
 * is the same PDF, byte for byte; a viewer that fails says why.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makePdf, type PdfRun } from '../unit/main/services/import/pdf-writer';
import { paintedHighlights, selectPhrase, selectionToolbar } from './support/highlights';
import { articleBody, chooseFromMore, measureBody, openArticle, zoomLevel } from './support/reader';
import { opening, visibleLines } from './support/visible-lines';

// A window narrower than the column, so a bigger font must take more lines (as zoom.spec.ts).
const viewport = { width: 640, height: 760 };
const TITLE = 'Reading on Paper and on Screens';
const PHRASE = 'the quiet harbour of printed pages';
const WORDS =
  'reading paper screen memory margin column letter study attention habit library chapter figure argument evidence reader notebook pencil lamp window morning evening'.split(
    ' ',
  );

/** A line of about 85 characters: the start, then words until it is full (every full line within 10 % of the others). */
function fullLine(start: string, seed: number): string {
  let line = start;
  for (let i = 0; line.length < 84; i += 1) line += ` ${WORDS[(seed + i * 3) % WORDS.length]}`;
  return line;
}

/**
 * Paragraph `n`: four full lines and a short last one, all its own (no line repeats on another page, digits aside,
 * or the importer would take it for a running header or footer).
 */
function paragraphLines(n: number): string[] {
  const lines = [0, 1, 2, 3].map((line) => fullLine(line === 0 ? `Part ${n + 1} on` : 'and', n * 7 + line * 5));
  if (n === 5) lines[3] = fullLine(`and then it is ${PHRASE} that the reader keeps`, 1);
  return [...lines, `end of part ${n + 1}, ${WORDS[n % WORDS.length]} ${WORDS[(n + 3) % WORDS.length]}.`];
}

/** Four letter-size pages of paragraphs at 11 pt, the title in the document's details. */
function paperPdf(): Uint8Array {
  const pages: PdfRun[][] = [];
  for (let page = 0; page < 4; page += 1) {
    const runs: PdfRun[] = [];
    for (let k = 0; k < 8; k += 1) {
      const top = 80 + k * 84;
      paragraphLines(page * 8 + k).forEach((text, i) => runs.push({ x: 72, top: top + i * 14, size: 11, text }));
    }
    pages.push(runs);
  }
  return makePdf(pages, { title: TITLE, author: 'Ann Reader' });
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-pdf-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function placed(page: Page, count: number): Promise<void> {
  await expect(articleBody(page)).toHaveAttribute('data-highlights', 'ready');
  await expect(articleBody(page)).toHaveAttribute('data-highlights-placed', String(count));
  await expect(articleBody(page)).toHaveAttribute('data-highlights-orphaned', '0');
}

test('a PDF reads as text that zooms, keeps a highlight on its words after a restart, and opens its original in the viewer', async ({
  launch,
  profileDir,
}) => {
  const pdf = paperPdf();
  const file = join(dir, 'paper.pdf');
  writeFileSync(file, pdf);

  const first = await launch({ viewport });
  await first.chooseOnNextImport([file]);
  await first.emit('menu:command', 'import');
  await openArticle(first.page, TITLE);
  const body = articleBody(first.page);
  // Reflowed: paragraphs, not the PDF's lines.
  await expect(body.locator('p')).toHaveCount(32);
  await expect(body.locator('p').nth(5)).toContainText(`then it is ${PHRASE} that the reader keeps`);
  await expect(body.locator('p').nth(5)).toContainText(/end of part 6, \w+ \w+\.$/);

  // Real font zoom: the type grows and the lines reflow, and the line at the top of the window stays there.
  await expect(first.page.locator('main.reader')).toHaveAttribute('data-reading-position', /restored|saved|unsaved/);
  await first.page.evaluate(() => {
    const box = document.querySelector('[data-testid="article-body"]')!.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top + box.height / 2, behavior: 'instant' });
  });
  const before = await measureBody(first.page);
  const top = await visibleLines(first.page, 1);
  await first.page.getByRole('button', { name: 'Zoom In', exact: true }).click();
  await expect(zoomLevel(first.page)).toHaveText('110%');
  const after = await measureBody(first.page);
  expect(after.fontSizePx).toBeGreaterThan(before.fontSizePx * 1.05);
  expect(after.lines).toBeGreaterThan(before.lines);
  expect(after).toMatchObject({ transform: 'none', pageZoom: 1 });
  expect(await visibleLines(first.page, 2)).toContain(opening(top));

  // A highlight on words of the PDF's text (scrolled to them first: the toolbar shows above the selection).
  await body.locator('p', { hasText: PHRASE }).evaluate((p) => p.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await selectPhrase(first.page, PHRASE);
  await selectionToolbar(first.page).getByRole('button', { name: 'Highlight', exact: true }).click();
  await placed(first.page, 1);
  expect(await paintedHighlights(first.page)).toEqual({ yellow: [PHRASE] });
  await first.close();

  const second = await launch({ viewport });
  const { page } = second;
  await openArticle(page, TITLE);
  await placed(page, 1);
  expect(await paintedHighlights(page)).toEqual({ yellow: [PHRASE] });
  await expect(zoomLevel(page)).toHaveText('110%');

  // Open the original PDF: main writes the kept bytes to a file of its own and hands that to the viewer.
  await chooseFromMore(page, 'Open the original PDF');
  await expect.poll(async () => (await second.viewedFiles()).length).toBe(1);
  const [viewed] = await second.viewedFiles();
  expect(dirname(viewed!.path)).toBe(join(profileDir, 'Originals'));
  expect(Buffer.from(viewed!.bytes).equals(Buffer.from(pdf))).toBe(true);
  expect(Buffer.from(readFileSync(viewed!.path)).equals(readFileSync(file))).toBe(true);

  // The viewer's failure is the reader's error, with the system's own words (in a bidi isolate).
  await second.failNextOpenPath('No application knows how to open this file');
  await chooseFromMore(page, 'Open the original PDF');
  await expect(page.getByRole('alert')).toContainText('The original PDF could not be opened: \u2068No application knows how to open this file\u2069');
  expect(await second.viewedFiles()).toHaveLength(1);
});
