/**
 * The library holds up under a hostile library (issue 14): at 700, 1280 and 1920 px, light and dark, nothing is
 * wider than the window (no horizontal scroll bar, in the page or the Tags dialog), and a row with long tags
 * still shows its date, its tags cut with an ellipsis and named in a tooltip.
 * With OFFPRINT_SHOTS=/some/dir, a screenshot of the library and of the Tags dialog at each size is saved there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFixture } from './support/library-fixture';
import { HOSTILE_COUNT, writeHostileLibrary } from './support/hostile-library';

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-library-layout-'));
  writeHostileLibrary(dir);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIZES = [
  { width: 700, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** How many pixels the page, or the element, is wider than its box (0 when nothing overflows sideways). */
function overflow(page: Page, selector = ':root'): Promise<number> {
  return page.locator(selector).first().evaluate((el) => el.scrollWidth - el.clientWidth);
}

async function shot(page: Page, name: string): Promise<void> {
  const out = process.env['OFFPRINT_SHOTS'];
  if (out) await page.screenshot({ path: join(out, `${name}.png`) });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no horizontal overflow with 200-character titles, authors and tags (${scheme})`, async ({ launch }) => {
    const app = await launch({ viewport: SIZES[0]! });
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await importFixture(app, dir, HOSTILE_COUNT);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect.poll(() => overflow(page), `the library at ${size.width} px`).toBeLessThanOrEqual(0);
      await shot(page, `hostile-library-${size.width}-${scheme}`);
      expect(await overflow(page, '.library-body'), `the list and filters at ${size.width} px`).toBeLessThanOrEqual(0);
      if (await page.locator('nav.sidebar').isVisible()) {
        expect(await overflow(page, 'nav.sidebar'), `the sidebar at ${size.width} px`).toBeLessThanOrEqual(0);
      }

      // The header's buttons never wrap one at a time: they share one row (beside the title, or under it).
      const boxes = await page.locator('.library-actions button').evaluateAll((buttons) =>
        buttons.map((b) => ({ top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom })),
      );
      // Import…, Tags…, Collections… (Notes and Import history are in the sidebar).
      expect(boxes.length, 'the header buttons').toBeGreaterThanOrEqual(3);
      // One row: every button overlaps every other vertically (the lowest top is above the highest bottom).
      expect(Math.max(...boxes.map((b) => b.top)), `the header buttons at ${size.width} px`).toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));

      // A row keeps its date visible whatever its tags; each tag is cut, with its whole name as a tooltip.
      const row = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first();
      const [rowBox, dateBox] = [await row.boundingBox(), await row.locator('time').boundingBox()];
      expect(dateBox!.x + dateBox!.width, `the date at ${size.width} px`).toBeLessThanOrEqual(rowBox!.x + rowBox!.width);
      const tag = row.locator('.article-tag').first();
      expect((await tag.getAttribute('title'))!.length).toBeGreaterThan(100);
      expect((await tag.boundingBox())!.width).toBeLessThan(rowBox!.width / 2);

      await page.getByRole('button', { name: 'Tags…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Tags' });
      await expect(dialog).toBeVisible();
      await shot(page, `hostile-tags-${size.width}-${scheme}`);
      expect(await overflow(page, 'dialog.manage-dialog'), `the Tags dialog at ${size.width} px`).toBeLessThanOrEqual(0);
      expect(await overflow(page), `the page behind the Tags dialog at ${size.width} px`).toBeLessThanOrEqual(0);
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
  });
}
