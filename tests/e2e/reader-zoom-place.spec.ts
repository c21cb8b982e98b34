/**
 * Zoom keeps your place: the text at the top of the window (just below the sticky reader bar) before a zoom step
 * is still at the top after it, within one line, whether the step came from a button or the View menu.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle, zoomLevel } from './support/reader';
import { opening, visibleLines } from './support/visible-lines';
import { chooseOption } from './support/select';

const viewport = { width: 800, height: 700 };

/** Once the article's text is laid out and its reading position restored, scrolls to the middle of its body. */
async function scrollBodyToMiddle(page: Page): Promise<void> {
  await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', /restored|saved|unsaved/);
  await page.evaluate(() => {
    const body = document.querySelector('[data-testid="article-body"]')!.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + body.top + body.height / 2, behavior: 'instant' });
  });
}

test('Zoom In, Zoom In, Zoom Out keep the first visible line at the top of the window', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  await openArticle(page, SAMPLE_TITLE);
  await scrollBodyToMiddle(page);
  const first = await visibleLines(page, 1);
  expect(first.length).toBeGreaterThan(20);
  const scrolledBefore = await page.evaluate(() => window.scrollY);

  await page.getByRole('button', { name: 'Zoom In', exact: true }).click();
  await expect(zoomLevel(page)).toHaveText('110%');
  expect(await visibleLines(page, 2)).toContain(opening(first));
  // The text did move in the page: the same scroll offset would show other text.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore + 100);

  await page.getByRole('button', { name: 'Zoom In', exact: true }).click();
  await expect(zoomLevel(page)).toHaveText('120%');
  expect(await visibleLines(page, 2)).toContain(opening(first));

  await app.emit('menu:command', 'zoom-out');
  await expect(zoomLevel(page)).toHaveText('110%');
  expect(await visibleLines(page, 2)).toContain(opening(first));
});

test('a big zoom step from 50 % to 200 % and back still keeps the place', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  await openArticle(page, SAMPLE_TITLE);
  for (let i = 0; i < 5; i += 1) await app.emit('menu:command', 'zoom-out');
  await expect(zoomLevel(page)).toHaveText('50%');
  await scrollBodyToMiddle(page);
  const first = await visibleLines(page, 1);
  for (let i = 0; i < 15; i += 1) await app.emit('menu:command', 'zoom-in');
  await expect(zoomLevel(page)).toHaveText('200%');
  // Within one line: at 200 % a line holds a handful of words, so the opening may run on into the third line.
  expect(await visibleLines(page, 3)).toContain(opening(first));
  await app.emit('menu:command', 'zoom-reset');
  await expect(zoomLevel(page)).toHaveText('100%');
  expect(await visibleLines(page, 2)).toContain(opening(first));
});

test('changing the column width or the font keeps the place too', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await scrollBodyToMiddle(page);
  const first = await visibleLines(page, 1);
  const scrolledBefore = await page.evaluate(() => window.scrollY);
  await page.getByRole('button', { name: 'Text settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Text settings' });
  await chooseOption(panel.getByRole('combobox', { name: 'Column width' }), 'Narrow');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore + 100);
  await page.keyboard.press('Escape'); // the panel covers part of the text: close it before reading the lines
  await expect(panel).toBeHidden();
  expect(await visibleLines(page, 2)).toContain(opening(first));
  await page.getByRole('button', { name: 'Text settings' }).click();
  await panel.getByRole('radio', { name: 'Monospace' }).click();
  await expect(page.getByTestId('article-body').locator('p').first()).toHaveCSS('font-family', /monospace/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await visibleLines(page, 2)).toContain(opening(first));
});

test('the reading percentage stays the same at the same place, whatever the zoom', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  await openArticle(page, SAMPLE_TITLE);
  await scrollBodyToMiddle(page);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect(progress).not.toHaveAttribute('aria-valuenow', '0');
  const before = Number(await progress.getAttribute('aria-valuenow'));
  expect(before).toBeGreaterThan(20);
  for (const [steps, level] of [[5, '150%'], [5, '200%']] as const) {
    for (let i = 0; i < steps; i += 1) await app.emit('menu:command', 'zoom-in');
    await expect(zoomLevel(page)).toHaveText(level);
    await expect.poll(async () => Math.abs(Number(await progress.getAttribute('aria-valuenow')) - before), `at ${level}`).toBeLessThanOrEqual(3);
  }
});
