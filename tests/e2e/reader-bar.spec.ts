/**
 * The reader's sticky bar covers the text that scrolls under it: in a screenshot, the strip along the bar's
 * lower edge shows only the bar's own colours (background, its border line, the progress line), never a sliver
 * of article text, at any scroll offset, with or without the find bar, in the light and the dark theme.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle, SAMPLE_TITLE } from './support/reader';

const viewport = { width: 1000, height: 700 };

/** How many pixels of each row along the bar's lower edge are none of the bar's colours (text showing through). */
async function foreignPixelsAlongBarEdge(page: Page): Promise<number[]> {
  const bar = await page.locator('.reader-bar').boundingBox();
  if (!bar) throw new Error('no reader bar');
  // The last 8 whole pixel rows inside the bar.
  const bottom = Math.floor(bar.y + bar.height);
  const clip = { x: bar.x, y: bottom - 8, width: bar.width, height: 8 };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const rgb = (css: string) => css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const style = getComputedStyle(document.querySelector('.reader-bar')!);
    const fill = getComputedStyle(document.querySelector('.reading-progress-fill')!).backgroundColor;
    // The bar is painted in the page's background colour (var(--bg)).
    const page = getComputedStyle(document.documentElement).backgroundColor;
    const own = [rgb(page), rgb(style.borderBottomColor), rgb(fill)];
    const near = (p: number[], c: number[]) => Math.abs(p[0]! - c[0]!) + Math.abs(p[1]! - c[1]!) + Math.abs(p[2]! - c[2]!) < 90;
    const counts: number[] = [];
    for (let y = 0; y < height; y++) {
      let foreign = 0;
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const p = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (!own.some((c) => near(p, c))) foreign++;
      }
      counts.push(foreign);
    }
    return counts;
  }, png);
}

async function scrollBy(page: Page, dy: number): Promise<void> {
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, dy);
  await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
  await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'saved');
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`no article text shows through the bottom of the reader bar while scrolling (${theme.toLowerCase()})`, async ({ launch }) => {
    const { page } = await launch({ viewport });
    await openArticle(page, SAMPLE_TITLE);
    await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
    await page.getByRole('button', { name: 'Text settings' }).click();
    await page.getByRole('dialog', { name: 'Text settings' }).getByRole('radio', { name: theme, exact: true }).check();
    await page.keyboard.press('Escape');
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (const findOpen of [false, true]) {
      if (findOpen) {
        await page.keyboard.press('Control+f');
        await page.getByRole('textbox', { name: 'Find in article' }).fill('security');
        await page.mouse.move(viewport.width / 2, viewport.height / 2);
      }
      for (let step = 0; step < 8; step++) {
        await scrollBy(page, 37.5);
        const rows = await foreignPixelsAlongBarEdge(page);
        // A stray antialiased pixel at the end of the progress line is allowed; a line of text is not.
        expect(Math.max(...rows), `rows ${rows.join(' ')} at scrollY ${await page.evaluate(() => scrollY)}`).toBeLessThan(4);
      }
    }
  });
}

/** The tops of the bar's direct children, rounded: one value when the bar is one row. */
async function barRows(page: Page): Promise<number> {
  return page.locator('.reader-bar').evaluate((bar) => {
    const centres = [...bar.children].map((c) => {
      const r = c.getBoundingClientRect();
      return Math.round(r.top + r.height / 2);
    });
    return new Set(centres.map((y) => Math.round(y / 8))).size;
  });
}

for (const width of [700, 1280, 1920]) {
  test(`the reader bar is one row at ${width} px, with and without the side panel; every button is named and has a tooltip`, async ({ launch }) => {
    const { page } = await launch({ viewport: { width, height: 700 } });
    await openArticle(page, SAMPLE_TITLE);
    const bar = page.getByRole('navigation', { name: 'Reader' });
    await expect(bar.getByRole('button', { name: 'More' })).toBeVisible();
    for (const panel of [false, true]) {
      if (panel) await bar.getByRole('button', { name: 'Highlights and notes' }).click();
      await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toHaveCount(panel ? 1 : 0);
      expect(await barRows(page), `rows with the panel ${panel ? 'open' : 'closed'}`).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // The bar is never covered by the panel.
      const more = (await bar.getByRole('button', { name: 'More' }).boundingBox())!;
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.reader-bar') !== null, { x: more.x + more.width / 2, y: more.y + more.height / 2 })).toBe(true);
    }
    for (const button of await bar.getByRole('button').all()) {
      expect(await button.getAttribute('title'), await button.getAttribute('aria-label') ?? '').toBeTruthy();
    }
    await bar.getByRole('button', { name: 'More' }).click();
    // The article may be read to the end already at this size: its read toggle then offers Mark as unread.
    await expect(page.getByRole('menuitem')).toHaveText(['Edit details…', 'Archive', /^Mark as (read|unread)$/, 'Export…', 'Delete article']);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(bar.getByRole('button', { name: 'More' })).toBeFocused();
  });
}
