/**
 * Reading position: an article reopens where it was left, also after a restart; the progress shows; reaching the
 * end marks it read, and that is remembered too.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle } from './support/reader';
import { opening, visibleLines } from './support/visible-lines';

const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";
const viewport = { width: 900, height: 700 };

async function openRestored(page: Page): Promise<void> {
  await openArticle(page, LONG_TITLE);
  await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'restored');
}

/** Scrolls so that the given share of the body has gone past the top, and waits until the place is saved. */
async function scrollBodyTo(page: Page, share: number): Promise<void> {
  await page.evaluate((part) => {
    const body = document.querySelector('[data-testid="article-body"]')!.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + body.top + body.height * part, behavior: 'instant' });
  }, share);
  await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'saved');
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Reading progress' });

test('an article reopens at the text where it was left, after a restart', async ({ launch }) => {
  const first = await launch({ viewport });
  await openRestored(first.page);
  await expect(progress(first.page)).toHaveAttribute('aria-valuenow', '0');
  await scrollBodyTo(first.page, 0.45);
  const top = await visibleLines(first.page, 1);
  expect(top.length).toBeGreaterThan(10);
  const shown = Number(await progress(first.page).getAttribute('aria-valuenow'));
  expect(shown).toBeGreaterThan(20);
  expect(shown).toBeLessThan(80);
  await expect(progress(first.page)).toContainText(`${shown}%`);
  const shots = process.env['OFFPRINT_SHOTS'];
  if (shots) await first.page.screenshot({ path: `${shots}/position-mid.png` });
  await first.close();

  const second = await launch({ viewport });
  await openRestored(second.page);
  expect(await visibleLines(second.page, 2)).toContain(opening(top));
  await expect(progress(second.page)).toHaveAttribute('aria-valuenow', String(shown));
});

test('going back to the library and reopening the article keeps the place; another article starts at its top', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openRestored(page);
  await scrollBodyTo(page, 0.3);
  const top = await visibleLines(page, 1);
  await page.getByRole('button', { name: 'Back to library' }).click();
  // Another article opens at its own start, not at the place left in the first one.
  await openArticle(page, SAMPLE_TITLE);
  await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'restored');
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeInViewport();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await openRestored(page);
  expect(await visibleLines(page, 2)).toContain(opening(top));
});

test('reaching the end marks the article read, and it stays read after a restart', async ({ launch }) => {
  const first = await launch({ viewport });
  await openRestored(first.page);
  const marker = (page: Page) => page.getByRole('article').getByText('Read', { exact: true });
  await expect(marker(first.page)).toHaveCount(0);
  await scrollBodyTo(first.page, 0.5);
  await expect(marker(first.page)).toHaveCount(0);
  await scrollBodyTo(first.page, 1);
  await expect(progress(first.page)).toHaveAttribute('aria-valuenow', '100');
  await expect(marker(first.page)).toBeVisible();
  await first.close();

  const second = await launch({ viewport });
  await openRestored(second.page);
  await expect(marker(second.page)).toBeVisible();
});
