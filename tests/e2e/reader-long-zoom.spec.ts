/**
 * A long article is shown in sections, and only those near the window are laid out (issue 15: a zoom step on a
 * 2 MB book in 100 ms). Zooming it keeps the first visible words at the top, the reading percentage where it was
 * and the sections out of view unlaid; find still reaches a match deep in sections never laid out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeBook } from '../../bench/zoom/book';
import { expect, test } from './fixtures';
import { articleBody, openArticle, zoomLevel } from './support/reader';
import { opening, visibleLines } from './support/visible-lines';

const TITLE = 'The Long Book of the Harbour Town';
/** Words only in one paragraph, about four fifths of the way through the book. */
const DEEP_WORDS = 'the lighthouse keeper wrote her ledger in violet ink';
const viewport = { width: 1000, height: 760 };

function longBook(): string {
  const book = makeBook(600 * 1024);
  const at = book.indexOf('\n\n', Math.floor(book.length * 0.8));
  return `${book.slice(0, at)}\n\nAt dusk ${DEEP_WORDS} and closed the shutters.${book.slice(at)}`;
}

/** How many of the body's sections there are, and how many are laid out (their blocks not skipped). */
async function sections(page: Page): Promise<{ all: number; laidOut: number }> {
  return articleBody(page).evaluate((body) => {
    const all = [...body.querySelectorAll('.body-section')];
    const laidOut = all.filter((s) => s.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }));
    return { all: all.length, laidOut: laidOut.length };
  });
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Reading progress' });

test('zooming a long article in sections keeps the first visible words; find reaches a match deep in it', async ({ launch }) => {
  const folder = mkdtempSync(join(tmpdir(), 'offprint-long-book-'));
  try {
    const file = join(folder, 'long-book.md');
    writeFileSync(file, longBook());
    const app = await launch({ viewport });
    const { page } = app;
    await app.chooseOnNextImport([file]);
    await app.emit('menu:command', 'import');
    await openArticle(page, TITLE);
    await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
    await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'restored');

    // In the middle of the book, most sections (above and below the window) are not laid out.
    await page.evaluate(() => {
      const middle = document.querySelectorAll('.body-section')[60]!;
      window.scrollTo({ top: window.scrollY + middle.getBoundingClientRect().top, behavior: 'instant' });
    });
    await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'saved');
    const shown = await sections(page);
    expect(shown.all).toBeGreaterThan(100);
    expect(shown.laidOut).toBeGreaterThan(0);
    expect(shown.laidOut).toBeLessThan(10);
    const first = await visibleLines(page, 1);
    expect(first.split(' ').length).toBeGreaterThan(5);
    const percent = Number(await progress(page).getAttribute('aria-valuenow'));
    expect(percent).toBeGreaterThan(30);
    expect(percent).toBeLessThan(70);

    for (const [button, level] of [['Zoom In', '110%'], ['Zoom In', '120%'], ['Zoom Out', '110%']] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(zoomLevel(page)).toHaveText(level);
      expect(await visibleLines(page, 2), `at ${level}`).toContain(opening(first));
      await expect(progress(page), `at ${level}`).toHaveAttribute('aria-valuenow', String(percent));
      expect((await sections(page)).laidOut, `at ${level}`).toBeLessThan(10);
    }

    // Find reaches the one match four fifths of the way down, in a section never laid out, and shows it.
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: 'Find in article' });
    await bar.getByRole('textbox', { name: 'Find in article' }).fill('LIGHTHOUSE keeper wrote');
    await expect(bar.getByRole('status', { name: 'Matches' })).toHaveText('1 of 1');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const current = CSS.highlights.get('offprint-find-current');
          const range = current ? ([...current][0] as Range | undefined) : undefined;
          const rect = range?.getBoundingClientRect();
          const top = document.querySelector('.reader-bar')!.getBoundingClientRect().bottom;
          return rect && rect.top >= top && rect.bottom <= window.innerHeight ? range!.toString() : '';
        }),
      )
      .toBe('lighthouse keeper wrote');
    await expect(page.getByText(DEEP_WORDS)).toBeInViewport();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
